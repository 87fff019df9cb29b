namespace ZhuwaGen.Tourism.Cms.ContentTypes;

/// <summary>A property of a content type (Umbraco's IPropertyType).</summary>
public sealed record PropertyType(
    Guid Key,
    string Alias,
    string Name,
    Guid DataTypeKey,
    string EditorAlias,
    bool Mandatory = false,
    string? ValidationRegex = null,
    string? Description = null,
    int SortOrder = 0,
    string? GroupAlias = null,
    ContentVariation Variations = ContentVariation.Nothing,
    string? MandatoryMessage = null,
    string? ValidationRegexMessage = null,
    bool LabelOnTop = false)
{
    public bool VariesByCulture => Variations.VariesByCulture();
}
