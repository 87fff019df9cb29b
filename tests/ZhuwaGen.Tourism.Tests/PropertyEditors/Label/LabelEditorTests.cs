using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.Label;

public sealed class LabelEditorTests
{
    private readonly EditorUnit _unit = new(PropertyEditorAliases.Label);

    [Fact]
    public void Accepts_any_value() => Assert.True(_unit.IsValid(new JObject { ["any"] = 1 }));

    [Fact]
    public void Converts_to_text_and_is_neither_searched_nor_queried()
    {
        Assert.Equal("7", _unit.Convert(7));
        Assert.Empty(_unit.SearchText("label"));
        Assert.Null(_unit.QueryKind);
    }
}
