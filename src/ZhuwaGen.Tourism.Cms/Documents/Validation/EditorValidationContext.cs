using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Documents.Validation;

/// <summary>
/// Where a value sits (its alias path and culture) and where its errors go; block editors use
/// <see cref="Properties"/> to validate the values nested inside them.
/// </summary>
internal sealed record EditorValidationContext(
    ContentSchema Schema,
    string EditorAlias,
    string AliasPath,
    string? Culture,
    List<PropertyValidationError> Errors,
    PropertyValueValidator Properties)
{
    public void Fail(string message) => Errors.Add(new PropertyValidationError(AliasPath, Culture, message));
}
