namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>The event aliases a webhook can subscribe to; the alias is sent in the <c>Umb-Webhook-Event</c> header.</summary>
public static class WebhookEvents
{
    public const string ContentPublish = "Umbraco.ContentPublish";
    public const string ContentUnpublish = "Umbraco.ContentUnpublish";
    public const string ContentDelete = "Umbraco.ContentDelete";
    public const string MediaSave = "Umbraco.MediaSave";
    public const string MediaDelete = "Umbraco.MediaDelete";

    public static IReadOnlyList<string> Supported { get; } = [ContentPublish, ContentUnpublish, ContentDelete, MediaSave, MediaDelete];

    /// <summary>The supported alias spelled as Umbraco spells it, or null when <paramref name="alias"/> is not one.</summary>
    public static string? Normalize(string? alias) =>
        Supported.FirstOrDefault(s => string.Equals(s, alias?.Trim(), StringComparison.OrdinalIgnoreCase));
}
