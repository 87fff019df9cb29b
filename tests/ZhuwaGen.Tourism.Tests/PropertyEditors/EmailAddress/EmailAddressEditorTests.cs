using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.EmailAddress;

public sealed class EmailAddressEditorTests
{
    private readonly EditorUnit _unit = new(PropertyEditorAliases.EmailAddress);

    [Fact]
    public void Validates_a_bare_address()
    {
        Assert.True(_unit.IsValid("guide@example.com"));
        Assert.False(_unit.IsValid("Guide <guide@example.com>"));
    }

    [Fact]
    public void Converts_to_text_and_is_never_searched()
    {
        Assert.Equal("guide@example.com", _unit.Convert("guide@example.com"));
        Assert.Empty(_unit.SearchText("guide@example.com"));
        Assert.Null(_unit.QueryKind);
    }
}
