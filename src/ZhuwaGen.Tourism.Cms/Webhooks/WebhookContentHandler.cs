using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>
/// Turns committed content changes into outbox requests: Published → ContentPublish; Unpublished and Trashed →
/// ContentUnpublish; Deleted → ContentDelete. Registered after the published snapshot, so a publish reads the new one.
/// </summary>
/// <remarks>
/// A deleted item's row is gone when the change arrives, so its content type (for the webhooks' filter) is
/// remembered when it is trashed; after a restart it is unknown and filtered webhooks get the deletion too.
/// Every trashed item gets ContentUnpublish, including ones that were never published: the trash has already
/// cleared their published state, and an unpublish of an unknown id costs a receiver nothing.
/// </remarks>
public sealed class WebhookContentHandler(IServiceScopeFactory scopes, IOptions<WebhookOptions> options) : IContentChangeHandler
{
    private readonly ConcurrentDictionary<Guid, string> _trashedTypes = new();

    public async Task HandleAsync(ContentChange change, CancellationToken cancellationToken)
    {
        if (change.Kind == ContentChangeKind.Restored)
        {
            foreach (var key in change.Keys)
            {
                _trashedTypes.TryRemove(key, out _);
            }

            return;
        }

        var alias = change.Kind switch
        {
            ContentChangeKind.Published => WebhookEvents.ContentPublish,
            ContentChangeKind.Unpublished or ContentChangeKind.Trashed => WebhookEvents.ContentUnpublish,
            ContentChangeKind.Deleted => WebhookEvents.ContentDelete,
            _ => null,
        };
        if (alias is null || !options.Value.Enabled || change.Keys.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var keys = change.Keys.ToList();
        var types = await db.Documents.AsNoTracking()
            .Where(d => keys.Contains(d.Key))
            .Select(d => new { d.Key, d.ContentTypeAlias })
            .ToDictionaryAsync(d => d.Key, d => d.ContentTypeAlias, cancellationToken);
        if (change.Kind == ContentChangeKind.Trashed)
        {
            foreach (var (key, type) in types)
            {
                _trashedTypes[key] = type;
            }
        }

        var payloads = scope.ServiceProvider.GetRequiredService<WebhookContentPayloads>();
        var items = new List<OutboxItem>();
        foreach (var key in keys)
        {
            var json = change.Kind == ContentChangeKind.Published ? payloads.Published(key) : WebhookContentPayloads.IdOnly(key);
            var type = types.GetValueOrDefault(key) ?? (_trashedTypes.TryRemove(key, out var remembered) ? remembered : null);
            if (json is not null)
            {
                items.Add(new OutboxItem(alias, key, type, json));
            }
        }

        await scope.ServiceProvider.GetRequiredService<WebhookOutbox>().EnqueueAsync(items, cancellationToken);
    }
}
