using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Notifications;

namespace ZhuwaGen.Tourism.Cms.Changes;

/// <summary>A consumer's place in the log and, while it fails, the entry it fails on.</summary>
internal sealed class ConsumerState(ChangeConsumer registration, string[] after)
{
    public ChangeConsumer Registration { get; } = registration;

    public string Name => Registration.Name;

    public string[] After { get; } = after;

    public bool IsDurable => Registration.Durable is not null;

    // Resolved once, before the first snapshot is built. No handler depends on hearing a swap: followers of the
    // snapshot ask it what changed since the generation they hold, and redirects read old routes from the entry.
    public IContentChangeHandler? Content { get; private set; }

    public IMediaChangeHandler? Media { get; private set; }

    public IDurableChangeHandler? Durable { get; private set; }

    public void Resolve(IServiceProvider services)
    {
        Content = Registration.Content?.Invoke(services);
        Media = Registration.Media?.Invoke(services);
        Durable = Registration.Durable?.Invoke(services);
    }

    public long Position { get; set; }

    /// <summary>True until a consumer with <see cref="ChangeConsumer.Warm"/> is built; it applies nothing meanwhile.</summary>
    public bool Warming { get; set; }

    public long? FailingEntryId { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset NextAttempt { get; set; }
}

/// <summary>A consumer that is failing on an entry, for health checks and the log.</summary>
public sealed record ChangeConsumerFailure(string Consumer, long EntryId, int Attempts, string Error, DateTimeOffset NextAttempt);
