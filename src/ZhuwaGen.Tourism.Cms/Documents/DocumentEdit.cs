namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>
/// What an editor saves: the names per culture and every value. Cultures not named keep their current draft;
/// values of cultures being saved and invariant values replace the draft's.
/// </summary>
public sealed record DocumentEdit(
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<PropertyValue> Values,
    int? ExpectedRevision = null);

/// <summary>A new document under <paramref name="ParentKey"/> (null for a root).</summary>
public sealed record DocumentCreate(
    string ContentTypeAlias,
    Guid? ParentKey,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<PropertyValue> Values,
    Guid? Key = null);
