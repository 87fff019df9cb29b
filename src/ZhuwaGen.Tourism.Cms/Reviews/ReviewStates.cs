namespace ZhuwaGen.Tourism.Cms.Reviews;

/// <summary>Where a review request stands.</summary>
public static class ReviewStates
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string SentBack = "sentBack";
}

public static class ReviewLimits
{
    /// <summary>The longest note a writer or comment an editor may leave.</summary>
    public const int NoteLength = 2000;
}

public enum ReviewOperationStatus
{
    Success,
    NotFound,
    NotPending,

    /// <summary>The item has no name in that culture yet: there is nothing to review.</summary>
    NothingToReview,

    /// <summary>The draft changed after the editor opened it: approving would publish something they have not seen.</summary>
    ChangedSinceOpened,

    CommentRequired,
    NoteTooLong,

    /// <summary>The publish the approval asked for was refused; <see cref="ReviewResult.Publish"/> says why.</summary>
    PublishFailed,
}

/// <summary>One review request as screens show it.</summary>
public sealed record ReviewView(
    int Id,
    Guid DocumentKey,
    string Culture,
    string State,
    Guid SubmittedByKey,
    string SubmittedByName,
    DateTime SubmittedAt,
    int Revision,
    string? Note,
    string? DecidedByName,
    DateTime? DecidedAt,
    string? DecisionComment);

public sealed record ReviewResult(ReviewOperationStatus Status, Publishing.PublishResult? Publish = null)
{
    public bool Succeeded => Status == ReviewOperationStatus.Success;
}

/// <summary>
/// Who acts on a review: the name the audit trail records (the account's email) and the name people are shown (in
/// the back-office and in mails).
/// </summary>
public sealed record ReviewActor(Guid Key, string AuditName, string DisplayName);
