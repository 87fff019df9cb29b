namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

/// <summary>One delivery attempt of a webhook, kept for the delivery log and replay.</summary>
public sealed class WebhookLogEntity
{
    public long Id { get; set; }

    public Guid Key { get; set; }

    public Guid WebhookKey { get; set; }

    public required string EventAlias { get; set; }

    public required string Url { get; set; }

    public DateTime Date { get; set; }

    public int RetryCount { get; set; }

    public int? StatusCode { get; set; }

    public bool IsSuccess { get; set; }

    public required string RequestBody { get; set; }

    public string? ResponseBody { get; set; }

    public string? Error { get; set; }
}
