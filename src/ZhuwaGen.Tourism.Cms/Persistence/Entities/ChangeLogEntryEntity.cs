namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

/// <summary>
/// One committed change, written in the same transaction as the change itself (the outbox). Consumers read the log in
/// id order from their own checkpoint; writers serialise their inserts so that ids commit in order.
/// </summary>
public sealed class ChangeLogEntryEntity
{
    public long Id { get; set; }

    /// <summary>"content" or "media".</summary>
    public required string Source { get; set; }

    /// <summary>The change kind's name (ContentChangeKind or MediaChangeKind).</summary>
    public required string Kind { get; set; }

    /// <summary>The changed keys and, where known at write time, their type aliases, as JSON.</summary>
    public required string Payload { get; set; }

    public DateTime CreateDate { get; set; }
}
