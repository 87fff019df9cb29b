using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.DropDown;

public sealed class DropDownEditorTests
{
    private static readonly JObject Single = new() { ["items"] = new JArray("info", "warning") };
    private static readonly JObject Multiple = new() { ["items"] = new JArray("info", "warning"), ["multiple"] = true };
    private readonly EditorUnit _unit = new(PropertyEditorAliases.DropDownFlexible);

    [Fact]
    public void Validates_configured_items_and_one_choice_when_single()
    {
        Assert.True(_unit.IsValid(new JArray("info"), Single));
        Assert.False(_unit.IsValid(new JArray("danger"), Single));
        Assert.False(_unit.IsValid(new JArray("info", "warning"), Single));
        Assert.True(_unit.IsValid(new JArray("info", "warning"), Multiple));
    }

    [Fact]
    public void Converts_to_a_string_when_single_and_a_list_when_multiple()
    {
        Assert.Equal("warning", _unit.Convert(new JArray("warning"), Single));
        Assert.Null(_unit.Convert(new JArray(), Single));
        Assert.Equal(["info", "warning"], Assert.IsAssignableFrom<IReadOnlyList<string>>(_unit.Convert(new JArray("info", "warning"), Multiple)));
    }

    [Fact]
    public void Is_a_choice_query_field() => Assert.Equal(FieldKind.Choice, _unit.QueryKind);
}
