using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Media.Delivery;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>
/// Turns committed media changes into outbox requests: saved or moved → Umbraco.MediaSave (Legacy payload: the
/// Delivery API media item; Minimal: the id), trashed or deleted → Umbraco.MediaDelete with the real id.
/// Registered after the published-media cache, so a save reads the item as it now is.
/// </summary>
public sealed class WebhookMediaHandler(
    IServiceScopeFactory scopes,
    IPublishedMediaSource media,
    SchemaRegistry schemas,
    IOptions<WebhookOptions> options) : IMediaChangeHandler
{
    public async Task HandleAsync(MediaChange change, CancellationToken ct)
    {
        if (!options.Value.Enabled || change.Keys.Count == 0)
        {
            return;
        }

        var saved = change.Kind is MediaChangeKind.Saved or MediaChangeKind.Moved;
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<WebhookOutbox>();
        foreach (var key in change.Keys)
        {
            var item = media.Get(key);
            object payload = saved && item is not null && options.Value.PayloadType == WebhookPayloadType.Legacy
                ? MediaItemResponse.From(item, schemas.Current.DefaultCulture, schemas.Current.DefaultCulture)
                : new { id = key };
            await outbox.EnqueueAsync(
                saved ? WebhookEvents.MediaSave : WebhookEvents.MediaDelete, key, item?.MediaTypeAlias, payload, ct);
        }
    }
}
