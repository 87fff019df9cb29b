using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.RichText;

public sealed class RichTextEditorTests
{
    private readonly EditorUnit _unit = new(PropertyEditorAliases.RichText);

    [Fact]
    public void Validates_the_markup_of_the_object() =>
        Assert.False(_unit.IsValid(new JObject { ["markup"] = "<p>long</p>" }, new JObject { ["maxChars"] = 3 }));

    [Fact]
    public void Converts_the_object_or_bare_markup_to_rich_text()
    {
        Assert.Equal(new RichTextMarkup("<p>Hi</p>"), _unit.Convert(new JObject { ["markup"] = "<p>Hi</p>", ["blocks"] = null }));
        Assert.Equal(new RichTextMarkup("<p>Hi</p>"), _unit.Convert("<p>Hi</p>"));
        Assert.Equal(new RichTextMarkup(string.Empty), _unit.Convert(null));
    }

    [Fact]
    public void Is_neither_searched_nor_queried()
    {
        Assert.Empty(_unit.SearchText("<p>Hi</p>"));
        Assert.Null(_unit.QueryKind);
    }
}
