namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

public enum PickedEntity
{
    Document,
    Media,
}

/// <summary>
/// A reference a picker stored: which item, of which kind. Converters stop here (they know no snapshot); the
/// published-content layer resolves it to an item, and the Delivery renderer to a shallow item, when it is published.
/// </summary>
public sealed record PickedKey(Guid Key, PickedEntity Entity);
