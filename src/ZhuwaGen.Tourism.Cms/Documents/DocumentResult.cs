namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>An edit's outcome: the status, the document as it now is, and any validation errors.</summary>
public sealed record DocumentResult(
    ContentEditingOperationStatus Status,
    DocumentView? Document = null,
    IReadOnlyList<PropertyValidationError>? Errors = null)
{
    public bool Succeeded => Status == ContentEditingOperationStatus.Success;

    public static DocumentResult Fail(ContentEditingOperationStatus status, IReadOnlyList<PropertyValidationError>? errors = null) =>
        new(status, null, errors);
}
