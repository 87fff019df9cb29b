namespace ZhuwaGen.Tourism.Cms.Webhooks;

public enum WebhookPayloadType
{
    /// <summary>Umbraco 13–17: the Delivery API item on publish, <c>{"id"}</c> otherwise. Default, as in Umbraco 17.</summary>
    Legacy,

    /// <summary>Umbraco 16+: identifiers only, with per-culture publish dates on publish.</summary>
    Minimal,
}

/// <summary>Umbraco's webhook settings ("Umbraco:CMS:Webhook"), plus the request timeout and parallelism.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Umbraco:CMS:Webhook";

    public bool Enabled { get; set; } = true;

    /// <summary>A request is attempted at most MaximumRetries + 1 times, then given up.</summary>
    public int MaximumRetries { get; set; } = 5;

    /// <summary>How often due requests are sent; also the unit of the retry backoff.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(10);

    public WebhookPayloadType PayloadType { get; set; } = WebhookPayloadType.Legacy;

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests sent at once in one run.</summary>
    public int MaxParallelRequests { get; set; } = 4;

    /// <summary>The longest wait between two attempts, however many have failed.</summary>
    public TimeSpan MaximumBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Requests taken per run; the rest wait for the next one.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Whether the daily job deletes delivery log entries older than <see cref="KeepLogsForDays"/>.</summary>
    public bool EnableLoggingCleanup { get; set; } = true;

    public int KeepLogsForDays { get; set; } = 30;

    /// <summary>
    /// Whether webhooks may be sent to loopback, private, link-local and other internal addresses. Off by default, so an
    /// administrator's account cannot be used to reach the site's own network; turn it on for development only.
    /// </summary>
    public bool AllowPrivateTargets { get; set; }
}
