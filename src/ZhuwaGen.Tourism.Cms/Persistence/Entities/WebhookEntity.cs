namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

/// <summary>A configured webhook: where to POST which events, with its signing secret.</summary>
public sealed class WebhookEntity
{
    public int Id { get; set; }

    public Guid Key { get; set; }

    public required string Url { get; set; }

    /// <summary>Comma-separated event aliases, e.g. "Umbraco.ContentPublish,Umbraco.ContentUnpublish".</summary>
    public required string Events { get; set; }

    /// <summary>Comma-separated content type aliases the webhook is limited to; empty for all.</summary>
    public required string ContentTypes { get; set; }

    /// <summary>JSON object of extra request headers.</summary>
    public required string Headers { get; set; }

    public required string Secret { get; set; }

    public bool Enabled { get; set; }

    public DateTime CreateDate { get; set; }
}
