using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.Registry;

public sealed class PropertyEditorRegistryTests
{
    [Fact]
    public void Every_known_editor_alias_has_exactly_one_unit() =>
        Assert.Equal(PropertyEditorAliases.Known.Order(), PropertyEditorRegistry.Default.Aliases.Order());

    [Fact]
    public void Each_alias_finds_the_unit_that_names_it()
    {
        foreach (var alias in PropertyEditorAliases.Known)
        {
            Assert.Contains(alias, PropertyEditorRegistry.Default.Find(alias).Aliases);
        }
    }

    [Fact]
    public void Legacy_aliases_find_their_current_unit() =>
        Assert.Contains(PropertyEditorAliases.TextBox, PropertyEditorRegistry.Default.Find("Umbraco.Textbox").Aliases);

    [Fact]
    public void An_unknown_alias_reads_like_a_label_and_is_not_known()
    {
        var unit = new EditorUnit("Acme.Unknown");

        Assert.False(PropertyEditorRegistry.Default.IsKnown("Acme.Unknown"));
        Assert.Equal("42", unit.Convert(42));
        Assert.Null(unit.QueryKind);
    }
}
