using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Media.Delivery;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>
/// The webhooks' consumer of the change log, durable: outbox requests are written in the transaction that advances
/// its checkpoint, so each change fires its webhooks exactly once, after a crash too. Content: Published →
/// ContentPublish; Unpublished and Trashed → ContentUnpublish; Deleted → ContentDelete. Media: saved or moved →
/// MediaSave (Legacy payload: the Delivery API media item; Minimal: the id), trashed or deleted → MediaDelete.
/// </summary>
/// <remarks>
/// Every trashed item gets ContentUnpublish, including ones that were never published: the trash has already cleared
/// their published state, and an unpublish of an unknown id costs a receiver nothing. A deleted item's type comes
/// from the change itself (its row is gone), so filtered webhooks see deletions of their types only.
/// </remarks>
public sealed class WebhookChangeConsumer(SchemaRegistry schemas, IOptions<WebhookOptions> options)
    : IDurableChangeHandler
{
    public Task HandleAsync(ChangeLogEntry entry, IServiceProvider scope, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Task.CompletedTask;
        }

        return entry.Content is { } content ? HandleContentAsync(content, entry.CreateDate, scope, cancellationToken)
            : entry.Media is { } mediaChange ? HandleMediaAsync(mediaChange, entry.CreateDate, scope, cancellationToken)
            : Task.CompletedTask;
    }

    private static async Task HandleContentAsync(ContentChange change, DateTime changedAt, IServiceProvider scope, CancellationToken cancellationToken)
    {
        var alias = change.Kind switch
        {
            ContentChangeKind.Published => WebhookEvents.ContentPublish,
            ContentChangeKind.Unpublished or ContentChangeKind.Trashed => WebhookEvents.ContentUnpublish,
            ContentChangeKind.Deleted => WebhookEvents.ContentDelete,
            _ => null,
        };
        if (alias is null || change.Keys.Count == 0)
        {
            return;
        }

        var outbox = scope.GetRequiredService<WebhookOutbox>();
        var listening = await outbox.ListeningAtAsync(changedAt, cancellationToken);
        if (listening.Count == 0)
        {
            return;
        }

        var keys = change.Keys.ToList();
        var types = change.ContentTypes ?? await scope.GetRequiredService<CmsDbContext>().Documents.AsNoTracking()
            .Where(d => keys.Contains(d.Key))
            .ToDictionaryAsync(d => d.Key, d => d.ContentTypeAlias, cancellationToken);
        var payloads = scope.GetRequiredService<WebhookContentPayloads>();
        var items = new List<OutboxItem>();
        foreach (var key in keys)
        {
            var json = change.Kind == ContentChangeKind.Published ? payloads.Published(key) : WebhookContentPayloads.IdOnly(key);
            if (json is not null)
            {
                items.Add(new OutboxItem(alias, key, types.GetValueOrDefault(key), json));
            }
        }

        await outbox.EnqueueAsync(items, listening, cancellationToken);
    }

    private async Task HandleMediaAsync(MediaChange change, DateTime changedAt, IServiceProvider scope, CancellationToken cancellationToken)
    {
        var outbox = scope.GetRequiredService<WebhookOutbox>();
        var listening = await outbox.ListeningAtAsync(changedAt, cancellationToken);
        if (listening.Count == 0)
        {
            return;
        }

        var saved = change.Kind is MediaChangeKind.Saved or MediaChangeKind.Moved;
        // Resolved here, not injected: a host without the media library has no media changes and no media source.
        var media = scope.GetRequiredService<IPublishedMediaSource>();
        var items = new List<OutboxItem>();
        foreach (var key in change.Keys)
        {
            var item = media.Get(key);
            object payload = saved && item is not null && options.Value.PayloadType == WebhookPayloadType.Legacy
                ? MediaItemResponse.From(item, schemas.Current.DefaultCulture, schemas.Current.DefaultCulture)
                : new { id = key };
            var json = JsonSerializer.Serialize(payload, payload.GetType(), WebhookOutbox.Json);
            items.Add(new OutboxItem(saved ? WebhookEvents.MediaSave : WebhookEvents.MediaDelete, key, item?.MediaTypeAlias, json));
        }

        await outbox.EnqueueAsync(items, listening, cancellationToken);
    }
}
