using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Delivery;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>The webhook body for a content event, per <see cref="WebhookOptions.PayloadType"/>.</summary>
public sealed class WebhookContentPayloads(IServiceProvider services, PublishedSnapshotService snapshots, IOptions<WebhookOptions> options)
{
    /// <summary><c>{"id":"…"}</c>: Umbraco's DefaultPayloadModel, for unpublish and delete in both payload types.</summary>
    public static string IdOnly(Guid key) => JsonSerializer.Serialize(new IdPayload(key), WebhookOutbox.Json);

    /// <summary>
    /// The body for a publish, or null when the item is no longer published. Legacy is the Delivery API item in the
    /// default culture; when no <see cref="IDeliveryContentJson"/> is registered (or it has no rendering yet) the
    /// Minimal body is sent instead, so an event is never lost for want of a renderer.
    /// </summary>
    public string? Published(Guid key)
    {
        var snapshot = snapshots.Current;
        var document = snapshot.ByKey(key);
        if (document is null)
        {
            return null;
        }

        if (options.Value.PayloadType == WebhookPayloadType.Legacy
            && services.GetService<IDeliveryContentJson>()?.DefaultItem(key, snapshot.DefaultCulture) is { } item)
        {
            return Encoding.UTF8.GetString(item.Span);
        }

        var cultures = document.Cultures
            .OrderBy(c => c.Key, StringComparer.OrdinalIgnoreCase)
            .Select(c => new CulturePayload(c.Key, c.Value.PublishDate is { } date ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : null))
            .ToList();
        return JsonSerializer.Serialize(new MinimalPublishPayload(key, cultures), WebhookOutbox.Json);
    }

    private sealed record IdPayload(Guid Id);

    private sealed record CulturePayload(string Culture, DateTime? Date);

    private sealed record MinimalPublishPayload(Guid Id, IReadOnlyList<CulturePayload> Cultures);
}
