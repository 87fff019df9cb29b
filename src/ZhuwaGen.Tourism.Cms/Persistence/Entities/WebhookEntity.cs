namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

/// <summary>A configured webhook: where to POST which events, with its signing secret.</summary>
public sealed class WebhookEntity
{
    public const int MaxNameLength = 255;
    public const int MaxDescriptionLength = 1000;
    public const int MaxContentTypesLength = 2000;

    public int Id { get; set; }

    public Guid Key { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public required string Url { get; set; }

    /// <summary>Comma-separated event aliases, e.g. "Umbraco.ContentPublish,Umbraco.ContentUnpublish".</summary>
    public required string Events { get; set; }

    /// <summary>
    /// Comma-separated keys of the content (or media) types the webhook is limited to; empty for all. Webhooks saved
    /// before the filter took keys hold aliases here, which the filter still reads.
    /// </summary>
    public required string ContentTypes { get; set; }

    /// <summary>JSON object of extra request headers.</summary>
    public required string Headers { get; set; }

    public required string Secret { get; set; }

    public bool Enabled { get; set; }

    public DateTime CreateDate { get; set; }
}
