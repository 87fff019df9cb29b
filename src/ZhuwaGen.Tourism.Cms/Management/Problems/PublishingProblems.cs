using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ZhuwaGen.Tourism.Cms.Publishing;
using static ZhuwaGen.Tourism.Cms.Management.Problems.ManagementProblems;

namespace ZhuwaGen.Tourism.Cms.Management.Problems;

/// <summary>The one switch from <see cref="ContentPublishingOperationStatus"/> to problem details.</summary>
internal static class PublishingProblems
{
    public static ProblemHttpResult For(PublishResult result) => For(result.Status, result);

    public static ProblemHttpResult For(ContentPublishingOperationStatus status, PublishResult? result = null) => status switch
    {
        ContentPublishingOperationStatus.ContentNotFound => NotFound("document"),
        ContentPublishingOperationStatus.ContentInvalid => Validation("Invalid content", result?.Errors,
            "The document's properties did not pass validation for the cultures being published."),
        ContentPublishingOperationStatus.InvalidCulture => Problem(StatusCodes.Status400BadRequest,
            "Invalid cultures", "One or more of the supplied cultures is not a culture of this document."),
        ContentPublishingOperationStatus.MandatoryCultureMissing => Problem(StatusCodes.Status400BadRequest,
            "Mandatory culture missing", "Mandatory cultures must be published too: " + string.Join(", ", result?.MissingCultures ?? [])),
        ContentPublishingOperationStatus.PathNotPublished => Problem(StatusCodes.Status400BadRequest,
            "Parent not published", "The parent of the document is not published."),
        ContentPublishingOperationStatus.InTrash => Problem(StatusCodes.Status400BadRequest,
            "Content is in the recycle bin", "The document is in the recycle bin; restore it first."),
        ContentPublishingOperationStatus.NothingToPublish => Problem(StatusCodes.Status400BadRequest,
            "Nothing to publish", "None of the requested cultures has anything to publish."),
        ContentPublishingOperationStatus.CannotUnpublishWhenNotPublished => Problem(StatusCodes.Status400BadRequest,
            "Cannot unpublish document that is not published", "The document (or the requested culture) is not published."),
        ContentPublishingOperationStatus.InvalidSchedule => Problem(StatusCodes.Status400BadRequest,
            "Invalid schedule", "Publish and unpublish dates must be in the future, and unpublish after publish."),
        ContentPublishingOperationStatus.ConcurrencyViolation => Problem(StatusCodes.Status409Conflict,
            "Concurrency conflict", "The document was changed by someone else; reload it and try again."),
        _ => Problem(StatusCodes.Status500InternalServerError, "Unknown publishing operation status", status.ToString()),
    };
}
