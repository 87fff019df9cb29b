namespace ZhuwaGen.Tourism.Cms.ContentTypes;

/// <summary>
/// A document or element type as declared in umbraco.config. Properties listed here are the type's own;
/// <see cref="ContentSchema.AllProperties"/> adds those of its compositions.
/// </summary>
public sealed record ContentType(
    Guid Key,
    string Alias,
    string Name,
    string Icon,
    string? Description,
    bool AllowAtRoot,
    bool IsElement,
    ContentVariation Variations,
    IReadOnlyList<string> Compositions,
    IReadOnlyList<string> AllowedChildren,
    IReadOnlyList<PropertyType> Properties,
    IReadOnlyList<PropertyGroup> Groups)
{
    public bool VariesByCulture => Variations.VariesByCulture();
}
