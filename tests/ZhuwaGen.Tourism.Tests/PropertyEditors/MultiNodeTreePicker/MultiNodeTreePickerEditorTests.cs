using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.MultiNodeTreePicker;

public sealed class MultiNodeTreePickerEditorTests
{
    private static readonly Guid A = Guid.Parse("7aad4c02-e0b5-4750-b26b-17eb823a1ed7");
    private static readonly Guid B = Guid.Parse("cc51cb14-f489-456c-a90f-d10b85333eee");
    private readonly EditorUnit _unit = new(PropertyEditorAliases.MultiNodeTreePicker);

    [Fact]
    public void Validates_udis_within_the_count()
    {
        Assert.True(_unit.IsValid($"umb://document/{A:N},umb://document/{B:N}"));
        Assert.False(_unit.IsValid($"umb://document/{A:N},umb://document/{B:N}", new JObject { ["maxNumber"] = 1 }));
        Assert.False(_unit.IsValid(A.ToString()));
    }

    [Fact]
    public void Converts_to_picked_references_in_order()
    {
        var picked = Assert.IsAssignableFrom<IReadOnlyList<PickedKey>>(_unit.Convert($"umb://document/{B:N},umb://media/{A:N},umb://member/{A:N}"));

        Assert.Equal([new PickedKey(B, PickedEntity.Document), new PickedKey(A, PickedEntity.Media)], picked);
        Assert.Null(_unit.QueryKind);
    }
}
