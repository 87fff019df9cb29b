using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Redirects;

/// <summary>
/// Umbraco's redirect URL tracking, as a durable consumer of the change log: a publish or a move keeps in its entry the
/// routes its items had (<see cref="PreviousRoute"/>); here each one that the current snapshot no longer gives the
/// item becomes a redirect row (old route → item), and so do the old routes of its descendants, whose routes moved
/// with it. The rows are written in the transaction that advances this consumer's checkpoint, so a crash between a
/// commit and this consumer loses no redirect: the next start catches up from the checkpoint.
/// </summary>
/// <remarks>
/// Runs after the snapshot consumer, so the snapshot is at least at the entry. When it is further (catching up after a
/// restart), an old route is compared with the item's latest route, which is where the redirect should lead anyway.
/// </remarks>
internal sealed class RedirectTracker(PublishedSnapshotService snapshots, TimeProvider clock) : IDurableChangeHandler
{
    public async Task HandleAsync(ChangeLogEntry entry, IServiceProvider scope, CancellationToken cancellationToken)
    {
        if (entry.PreviousRoutes is not { Count: > 0 } previous)
        {
            return;
        }

        var redirects = Redirects(snapshots.Current, previous, clock.GetUtcNow().UtcDateTime).ToList();
        if (redirects.Count == 0)
        {
            return;
        }

        var db = scope.GetRequiredService<CmsDbContext>();
        foreach (var redirect in redirects)
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

            // One at a time: two old routes may be the same route (a parent's and a descendant's derived one).
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Every old route whose item now has another: the captured ones, and below each, its descendants' old routes
    /// (the old route of the item followed by what each descendant's route adds to the item's new one).
    /// </summary>
    private static IEnumerable<RedirectUrlEntity> Redirects(PublishedSnapshot current, IReadOnlyList<PreviousRoute> previous, DateTime now)
    {
        var captured = previous.Select(p => (p.Key, p.Culture)).ToHashSet();
        foreach (var before in previous)
        {
            var after = current.RouteOf(before.Key, before.Culture);
            if (after is null || after == before.Route)
            {
                continue;
            }

            yield return Redirect(before.Key, before, before.Route, now);
            foreach (var descendant in Descendants(current, before.Key))
            {
                if (captured.Contains((descendant, before.Culture))
                    || current.RouteOf(descendant, before.Culture) is not { } route
                    || !route.StartsWith(after, StringComparison.Ordinal))
                {
                    continue;
                }

                yield return Redirect(descendant, before, before.Route + route[after.Length..], now);
            }
        }
    }

    private static RedirectUrlEntity Redirect(Guid key, PreviousRoute before, string route, DateTime now) => new()
    {
        DocumentKey = key,
        RootKey = before.RootKey,
        Culture = before.Culture,
        Route = route,
        CreateDate = now,
    };

    private static IEnumerable<Guid> Descendants(PublishedSnapshot snapshot, Guid key)
    {
        var stack = new Stack<Guid>(snapshot.Children(key).Select(c => c.Key));
        var seen = new HashSet<Guid>();
        while (stack.TryPop(out var next))
        {
            if (!seen.Add(next))
            {
                continue;
            }

            yield return next;
            foreach (var child in snapshot.Children(next))
            {
                stack.Push(child.Key);
            }
        }
    }
}
