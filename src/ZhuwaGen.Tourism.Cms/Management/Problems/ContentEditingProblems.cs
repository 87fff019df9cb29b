using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ZhuwaGen.Tourism.Cms.Documents;
using static ZhuwaGen.Tourism.Cms.Management.Problems.ManagementProblems;

namespace ZhuwaGen.Tourism.Cms.Management.Problems;

/// <summary>The one switch from <see cref="ContentEditingOperationStatus"/> to problem details.</summary>
internal static class ContentEditingProblems
{
    public static ProblemHttpResult For(ContentEditingOperationStatus status, IReadOnlyList<PropertyValidationError>? errors = null) => status switch
    {
        ContentEditingOperationStatus.NotFound => NotFound("document"),
        ContentEditingOperationStatus.ContentTypeNotFound => NotFound("document type"),
        ContentEditingOperationStatus.ParentNotFound => NotFound("parent"),
        ContentEditingOperationStatus.InvalidVersion => NotFound("version"),
        ContentEditingOperationStatus.PropertyValidationError => Validation("Validation failed", errors,
            "One or more properties did not pass validation."),
        ContentEditingOperationStatus.InvalidCulture => Validation("Invalid culture", errors,
            "One or more of the supplied cultures is not a language of this site."),
        ContentEditingOperationStatus.ContentTypeCultureVarianceMismatch => Problem(StatusCodes.Status400BadRequest,
            "Content type culture variance mismatch", "The document type does not vary by culture, but more than one culture was given."),
        ContentEditingOperationStatus.NotAllowed => Problem(StatusCodes.Status400BadRequest,
            "Operation not permitted", "The document type is not allowed at this position in the tree."),
        ContentEditingOperationStatus.DuplicateKey => Problem(StatusCodes.Status400BadRequest,
            "Invalid Id", "The supplied id is already in use."),
        ContentEditingOperationStatus.DuplicateName => Problem(StatusCodes.Status400BadRequest,
            "Duplicate name", "A sibling already has this name."),
        ContentEditingOperationStatus.InTrash => Problem(StatusCodes.Status400BadRequest,
            "Content is in the recycle bin", "The document is in the recycle bin; restore it first."),
        ContentEditingOperationStatus.NotInTrash => Problem(StatusCodes.Status400BadRequest,
            "Content is not in the recycle bin", "Only a document in the recycle bin can be deleted or restored."),
        ContentEditingOperationStatus.ParentInTrash => Problem(StatusCodes.Status400BadRequest,
            "Parent is in the recycle bin", "The target parent is in the recycle bin."),
        ContentEditingOperationStatus.CannotMoveToDescendant => Problem(StatusCodes.Status400BadRequest,
            "Invalid parent", "A document cannot be moved or copied below itself."),
        ContentEditingOperationStatus.SortingInvalid => Problem(StatusCodes.Status400BadRequest,
            "Invalid sorting options", "The sorting must name every child of the parent exactly once."),
        ContentEditingOperationStatus.CannotDeleteWithChildren => Problem(StatusCodes.Status400BadRequest,
            "Cannot delete", "The document has children."),
        ContentEditingOperationStatus.ConcurrencyConflict => Problem(StatusCodes.Status409Conflict,
            "Concurrency conflict", "The document was changed by someone else; reload it and try again."),
        _ => Problem(StatusCodes.Status500InternalServerError, "Unknown content operation status", status.ToString()),
    };
}
