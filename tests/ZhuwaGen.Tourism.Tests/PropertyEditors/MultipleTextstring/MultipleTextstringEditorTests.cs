using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.MultipleTextstring;

public sealed class MultipleTextstringEditorTests
{
    private readonly EditorUnit _unit = new(PropertyEditorAliases.MultipleTextstring);

    [Fact]
    public void Validates_the_count()
    {
        Assert.True(_unit.IsValid(new JArray("a", "b"), new JObject { ["max"] = 2 }));
        Assert.False(_unit.IsValid(new JArray("a", "b", "c"), new JObject { ["max"] = 2 }));
    }

    [Fact]
    public void Converts_to_strings_and_is_neither_searched_nor_queried()
    {
        Assert.Equal(["a", "b"], Assert.IsAssignableFrom<IReadOnlyList<string>>(_unit.Convert(new JArray("a", "b"))));
        Assert.Empty(_unit.SearchText(new JArray("a")));
        Assert.Null(_unit.QueryKind);
    }
}
