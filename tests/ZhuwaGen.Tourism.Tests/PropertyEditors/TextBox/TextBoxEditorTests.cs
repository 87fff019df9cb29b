using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.TextBox;

public sealed class TextBoxEditorTests
{
    private readonly EditorUnit _unit = new(PropertyEditorAliases.TextBox);

    [Fact]
    public void Validates_text_within_max_chars()
    {
        Assert.True(_unit.IsValid("桑久", new JObject { ["maxChars"] = 2 }));
        Assert.False(_unit.IsValid("桑久驿", new JObject { ["maxChars"] = 2 }));
        Assert.False(_unit.IsValid(42));
    }

    [Fact]
    public void Converts_to_its_text() => Assert.Equal("Sangjiu", _unit.Convert("Sangjiu"));

    [Fact]
    public void Is_searchable_and_a_text_query_field()
    {
        Assert.Equal(["Red Station"], _unit.SearchText("Red Station"));
        Assert.Equal(FieldKind.Text, _unit.QueryKind);
    }
}
