namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>The outcome of an edit to the content tree, with the names Umbraco's Management API uses.</summary>
public enum ContentEditingOperationStatus
{
    Success,
    NotFound,
    ContentTypeNotFound,
    ContentTypeCultureVarianceMismatch,
    ParentNotFound,
    NotAllowed,
    InvalidCulture,
    PropertyValidationError,
    DuplicateKey,
    DuplicateName,
    InTrash,
    NotInTrash,
    ParentInTrash,
    CannotMoveToDescendant,
    ConcurrencyConflict,
    InvalidVersion,
    SortingInvalid,
    CannotDeleteWithChildren,
}
