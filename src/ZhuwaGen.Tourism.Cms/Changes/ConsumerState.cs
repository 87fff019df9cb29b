namespace ZhuwaGen.Tourism.Cms.Changes;

/// <summary>A consumer's place in the log and, while it fails, the entry it fails on.</summary>
internal sealed class ConsumerState(ChangeConsumer registration, string[] after)
{
    public ChangeConsumer Registration { get; } = registration;

    public string Name => Registration.Name;

    public string[] After { get; } = after;

    public bool IsDurable => Registration.Durable is not null;

    public long Position { get; set; }

    public long? FailingEntryId { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset NextAttempt { get; set; }
}

/// <summary>A consumer that is failing on an entry, for health checks and the log.</summary>
public sealed record ChangeConsumerFailure(string Consumer, long EntryId, int Attempts, string Error, DateTimeOffset NextAttempt);
