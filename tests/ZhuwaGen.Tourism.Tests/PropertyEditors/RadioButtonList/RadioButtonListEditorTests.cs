using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.RadioButtonList;

public sealed class RadioButtonListEditorTests
{
    private static readonly JObject Config = new() { ["items"] = new JArray("easy", "hard") };
    private readonly EditorUnit _unit = new(PropertyEditorAliases.RadioButtonList);

    [Fact]
    public void Validates_one_configured_item()
    {
        Assert.True(_unit.IsValid("easy", Config));
        Assert.False(_unit.IsValid(new JArray("easy"), Config));
        Assert.False(_unit.IsValid("medium", Config));
    }

    [Fact]
    public void Converts_to_the_chosen_string_and_is_not_queried()
    {
        Assert.Equal("hard", _unit.Convert("hard", Config));
        Assert.Null(_unit.QueryKind);
    }
}
