using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.TextArea;

public sealed class TextAreaEditorTests
{
    private readonly EditorUnit _unit = new(PropertyEditorAliases.TextArea);

    [Fact]
    public void Validates_text() => Assert.False(_unit.IsValid(new Newtonsoft.Json.Linq.JArray("a")));

    [Fact]
    public void Converts_to_its_text() => Assert.Equal("line 1\nline 2", _unit.Convert("line 1\nline 2"));

    [Fact]
    public void Is_searchable_but_not_a_query_field()
    {
        Assert.Equal(["where the route begins"], _unit.SearchText("where the route begins"));
        Assert.Null(_unit.QueryKind);
    }
}
