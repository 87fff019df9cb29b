using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.Documents.Validation;

/// <summary>
/// Where a value sits (its alias path and culture) and where its errors go; block editors use
/// <see cref="Properties"/> to validate the values nested inside them; the forms picker asks <see cref="Forms"/>
/// whether a form exists.
/// </summary>
internal sealed record EditorValidationContext(
    ContentSchema Schema,
    string EditorAlias,
    string AliasPath,
    string? Culture,
    List<PropertyValidationError> Errors,
    PropertyValueValidator Properties,
    IFormCatalog Forms)
{
    public void Fail(string message) => Errors.Add(new PropertyValidationError(AliasPath, Culture, message));
}
