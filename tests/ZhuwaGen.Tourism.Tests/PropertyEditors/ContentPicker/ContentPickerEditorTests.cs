using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.ContentPicker;

public sealed class ContentPickerEditorTests
{
    private static readonly Guid Picked = Guid.Parse("7aad4c02-e0b5-4750-b26b-17eb823a1ed7");
    private readonly EditorUnit _unit = new(PropertyEditorAliases.ContentPicker);

    [Fact]
    public void Validates_a_document_udi_or_key()
    {
        Assert.True(_unit.IsValid($"umb://document/{Picked:N}"));
        Assert.True(_unit.IsValid(Picked.ToString()));
        Assert.False(_unit.IsValid($"umb://media/{Picked:N}"));
    }

    [Fact]
    public void Converts_to_a_picked_document_reference()
    {
        Assert.Equal(new PickedKey(Picked, PickedEntity.Document), _unit.Convert($"umb://document/{Picked:N}"));
        Assert.Equal(new PickedKey(Picked, PickedEntity.Document), _unit.Convert(Picked.ToString()));
        Assert.Null(_unit.Convert("umb://document/nothex"));
    }

    [Fact]
    public void Is_neither_searched_nor_queried()
    {
        Assert.Empty(_unit.SearchText(Picked.ToString()));
        Assert.Null(_unit.QueryKind);
    }
}
