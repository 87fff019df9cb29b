namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>Whether a webhook is sent for an event: the one rule the outbox applies to every event it queues.</summary>
public static class WebhookFilter
{
    /// <summary>
    /// True when the webhook is enabled, subscribes to <paramref name="eventAlias"/> and, when it is limited to content
    /// (or media) types, the item's type is one of them.
    /// </summary>
    /// <remarks>
    /// An item whose type is unknown (deleted after a restart) is sent to filtered webhooks too: a receiver can ignore an
    /// id it never knew, but would keep stale data if a deletion were withheld. A filter entry that is not a key is an
    /// alias, as webhooks saved before the filter took keys stored it.
    /// </remarks>
    public static bool Fires(WebhookFilterSettings webhook, string eventAlias, Guid? contentTypeKey, string? contentTypeAlias = null)
    {
        if (!webhook.Enabled || !webhook.Events.Contains(eventAlias, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        if (webhook.ContentTypes.Count == 0 || (contentTypeKey is null && contentTypeAlias is null))
        {
            return true;
        }

        return webhook.ContentTypes.Any(entry => Guid.TryParse(entry, out var key)
            ? key == contentTypeKey
            : string.Equals(entry, contentTypeAlias, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>What <see cref="WebhookFilter"/> reads of a webhook: its switch, its events and its type filter entries.</summary>
public sealed record WebhookFilterSettings(bool Enabled, IReadOnlyList<string> Events, IReadOnlyList<string> ContentTypes);
