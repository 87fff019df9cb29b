namespace ZhuwaGen.Tourism.Cms.Publishing;

/// <summary>The outcome of a publish, unpublish or schedule, with the names Umbraco uses.</summary>
public enum ContentPublishingOperationStatus
{
    Success,
    ContentNotFound,
    ContentInvalid,
    InvalidCulture,
    MandatoryCultureMissing,
    PathNotPublished,
    InTrash,
    NothingToPublish,
    CannotUnpublishWhenNotPublished,
    InvalidSchedule,
    ConcurrencyViolation,
}
