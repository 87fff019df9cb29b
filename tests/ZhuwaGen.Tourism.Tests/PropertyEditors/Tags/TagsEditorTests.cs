using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.Tags;

public sealed class TagsEditorTests
{
    private readonly EditorUnit _unit = new(PropertyEditorAliases.Tags);

    [Fact]
    public void Validates_a_list_of_words_also_kept_in_a_string()
    {
        Assert.True(_unit.IsValid(new JArray("food", "picking")));
        Assert.True(_unit.IsValid("[\"food\"]"));
        Assert.False(_unit.IsValid(new JArray("food", " ")));
    }

    [Fact]
    public void Converts_arrays_json_strings_and_comma_lists_to_strings()
    {
        Assert.Equal(["food", "picking"], Assert.IsAssignableFrom<IReadOnlyList<string>>(_unit.Convert(new JArray("food", "picking"))));
        Assert.Equal(["food"], Assert.IsAssignableFrom<IReadOnlyList<string>>(_unit.Convert("[\"food\"]")));
        Assert.Equal(["a", "b"], Assert.IsAssignableFrom<IReadOnlyList<string>>(_unit.Convert("a, b")));
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<string>>(_unit.Convert(null)));
    }

    [Fact]
    public void Is_searched_and_a_tags_query_field()
    {
        Assert.Equal(["food", "picking"], _unit.SearchText(new JArray("food", "picking")));
        Assert.Equal(FieldKind.Tags, _unit.QueryKind);
    }
}
