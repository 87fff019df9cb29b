namespace ZhuwaGen.Tourism.Forms.Workflows;

/// <summary>Bound from "Forms:Workflows": how often the outbox is read and how failures are retried.</summary>
public sealed class WorkflowOptions
{
    public const string SectionName = "Forms:Workflows";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The first retry waits this long; each later one twice as long, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts the row is kept, marked given up, with its last error.</summary>
    public int MaxAttempts { get; set; } = 12;

    /// <summary>One attempt (an SMTP conversation, an HTTP post) may take this long.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan Backoff(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Min(failedAttempts - 1, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(RetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
