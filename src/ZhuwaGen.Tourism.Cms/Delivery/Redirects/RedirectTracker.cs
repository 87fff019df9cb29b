using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Redirects;

/// <summary>
/// Umbraco's redirect URL tracking: when a swap changes the route of a published item (a new segment, a move) in a
/// culture, its old route and its descendants' old routes are kept, pointing at the item. The routes are compared
/// inside the swap (old and new snapshot at hand); they are written after, by the change handler.
/// </summary>
internal sealed class RedirectTracker : IContentChangeHandler, IDisposable
{
    private readonly PublishedSnapshotService _snapshots;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ConcurrentQueue<RedirectUrlEntity> _pending = new();

    public RedirectTracker(PublishedSnapshotService snapshots, IServiceScopeFactory scopes, TimeProvider clock)
    {
        _snapshots = snapshots;
        _scopes = scopes;
        _clock = clock;
        snapshots.Swapped += OnSwapped;
    }

    public async Task HandleAsync(ContentChange change, CancellationToken cancellationToken)
    {
        if (_pending.IsEmpty)
        {
            return;
        }

        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        while (_pending.TryDequeue(out var redirect))
        {
            var existing = await db.RedirectUrls.FirstOrDefaultAsync(
                r => r.RootKey == redirect.RootKey && r.Culture == redirect.Culture && r.Route == redirect.Route, cancellationToken);
            if (existing is null)
            {
                db.RedirectUrls.Add(redirect);
            }
            else
            {
                existing.DocumentKey = redirect.DocumentKey;
                existing.CreateDate = redirect.CreateDate;
            }

            // One at a time: two queued entries may share a route (renamed twice before this ran).
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public void Dispose() => _snapshots.Swapped -= OnSwapped;

    private void OnSwapped(SnapshotSwap swap)
    {
        if (swap.ChangedKeys is null)
        {
            return;
        }

        var previous = swap.Previous;
        var now = _clock.GetUtcNow().UtcDateTime;
        foreach (var document in Branches(previous, swap.ChangedKeys))
        {
            foreach (var language in previous.Languages)
            {
                var oldRoute = previous.RouteOf(document.Key, language.IsoCode);
                var newRoute = swap.Current.RouteOf(document.Key, language.IsoCode);
                if (oldRoute is null or "/" || newRoute is null || oldRoute == newRoute)
                {
                    continue;
                }

                _pending.Enqueue(new RedirectUrlEntity
                {
                    DocumentKey = document.Key,
                    RootKey = RootOf(previous, document).Key,
                    Culture = language.IsoCode.ToLowerInvariant(),
                    Route = oldRoute,
                    CreateDate = now,
                });
            }
        }
    }

    /// <summary>The changed items and all their descendants, as they were.</summary>
    private static IEnumerable<PublishedDocument> Branches(PublishedSnapshot snapshot, IEnumerable<Guid> keys)
    {
        var seen = new HashSet<Guid>();
        var stack = new Stack<Guid>(keys);
        while (stack.TryPop(out var key))
        {
            if (!seen.Add(key) || snapshot.ByKey(key) is not { } document)
            {
                continue;
            }

            yield return document;
            foreach (var child in snapshot.Children(key))
            {
                stack.Push(child.Key);
            }
        }
    }

    internal static PublishedDocument RootOf(PublishedSnapshot snapshot, PublishedDocument document)
    {
        var root = document;
        for (var guard = 0; root.ParentKey is { } parent && snapshot.ByKey(parent) is { } next && guard < 1000; guard++)
        {
            root = next;
        }

        return root;
    }
}
