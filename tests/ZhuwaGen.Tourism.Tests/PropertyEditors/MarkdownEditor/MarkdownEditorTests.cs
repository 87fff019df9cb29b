using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.MarkdownEditor;

public sealed class MarkdownEditorTests
{
    private readonly EditorUnit _unit = new(PropertyEditorAliases.MarkdownEditor);

    [Fact]
    public void Validates_text() => Assert.False(_unit.IsValid(3));

    [Fact]
    public void Converts_to_sanitized_html()
    {
        var html = Assert.IsType<HtmlMarkup>(_unit.Convert("## 简介\n\n**桑久** <script>alert(1)</script>"));

        Assert.Contains("<h2>简介</h2>", html.Html);
        Assert.Contains("<strong>桑久</strong>", html.Html);
        Assert.DoesNotContain("<script>", html.Html);
        Assert.Equal(string.Empty, Assert.IsType<HtmlMarkup>(_unit.Convert(null)).Html);
    }

    [Fact]
    public void Table_alignment_is_written_as_classes_not_style_attributes_the_csp_would_block()
    {
        var html = Assert.IsType<HtmlMarkup>(_unit.Convert("| Stop | Days | Price |\n|:-----|:----:|------:|\n| Sani | 2 | 120 |")).Html;

        Assert.DoesNotContain("style=", html);
        Assert.Contains("<th class=\"align-left\">Stop</th>", html);
        Assert.Contains("<th class=\"align-center\">Days</th>", html);
        Assert.Contains("<td class=\"align-right\">120</td>", html);
    }

    [Fact]
    public void Is_searched_as_plain_text_and_not_queried()
    {
        Assert.Equal("简介\n桑久", Assert.Single(_unit.SearchText("## 简介\n\n**桑久**")).Trim());
        Assert.Null(_unit.QueryKind);
    }
}
