namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

/// <summary>A webhook call waiting to be sent (the durable outbox), removed once delivered or given up.</summary>
public sealed class WebhookRequestEntity
{
    public long Id { get; set; }

    public Guid WebhookKey { get; set; }

    public required string EventAlias { get; set; }

    public required string Payload { get; set; }

    public int RetryCount { get; set; }

    public DateTime CreateDate { get; set; }

    public DateTime NextAttemptDate { get; set; }
}
