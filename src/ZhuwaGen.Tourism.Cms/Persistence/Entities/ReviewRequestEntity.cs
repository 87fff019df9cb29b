namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

/// <summary>
/// A writer's request that an editor publish a document: pending until an editor approves (and so publishes every
/// language of its draft) or sends it back with a comment.
/// </summary>
public sealed class ReviewRequestEntity
{
    public int Id { get; set; }

    public Guid DocumentKey { get; set; }

    /// <summary>The language the writer submitted from: the one the mail and the home screen's card name the item in.</summary>
    public required string Culture { get; set; }

    /// <summary>One of <see cref="Reviews.ReviewStates"/>.</summary>
    public required string State { get; set; }

    public Guid SubmittedByKey { get; set; }

    public required string SubmittedByName { get; set; }

    public DateTime SubmittedAt { get; set; }

    /// <summary>The document's revision when it was submitted, so an editor can see that it changed since.</summary>
    public int Revision { get; set; }

    public string? Note { get; set; }

    public string? DecidedByName { get; set; }

    public DateTime? DecidedAt { get; set; }

    /// <summary>The editor's comment when sending it back (optional on approval).</summary>
    public string? DecisionComment { get; set; }
}
