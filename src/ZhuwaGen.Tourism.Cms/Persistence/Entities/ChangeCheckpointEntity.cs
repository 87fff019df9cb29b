namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

/// <summary>
/// How far a durable change-log consumer (one whose effects live in the database, such as the webhook outbox) has
/// read, advanced in the same transaction as its effects; and the entry it is failing on, if any.
/// </summary>
public sealed class ChangeCheckpointEntity
{
    public required string Consumer { get; set; }

    public long Position { get; set; }

    public long? FailingEntryId { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTime? NextAttemptDate { get; set; }
}
