using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.CheckBoxList;

public sealed class CheckBoxListEditorTests
{
    private static readonly JObject Config = new() { ["items"] = new JArray("wifi", "parking") };
    private readonly EditorUnit _unit = new(PropertyEditorAliases.CheckBoxList);

    [Fact]
    public void Validates_configured_items()
    {
        Assert.True(_unit.IsValid(new JArray("wifi", "parking"), Config));
        Assert.False(_unit.IsValid(new JArray("pool"), Config));
    }

    [Fact]
    public void Converts_to_the_checked_values_and_is_not_queried()
    {
        Assert.Equal(["wifi"], Assert.IsAssignableFrom<IReadOnlyList<string>>(_unit.Convert(new JArray("wifi"), Config)));
        Assert.Null(_unit.QueryKind);
    }
}
