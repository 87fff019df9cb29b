using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Changes;

/// <summary>
/// A published route a change may replace: the item's route in one culture, and its root, as this instance's snapshot
/// had them when the change was written. Kept in the change-log entry, in the write's transaction, so that the
/// redirects consumer can record old route → item however late it runs, after a crash too.
/// </summary>
public sealed record PreviousRoute(Guid Key, string Culture, string Route, Guid RootKey)
{
    /// <summary>
    /// The published routes of the items a publish or a move names (a move names its whole branch). Other kinds
    /// replace no route: unpublish, trash and delete remove routes, and sort and save keep them. The root's "/" is
    /// left out (the root is hidden from routes).
    /// </summary>
    public static IReadOnlyList<PreviousRoute>? Capture(PublishedSnapshot snapshot, ContentChange change)
    {
        if (change.Kind is not (ContentChangeKind.Published or ContentChangeKind.Moved))
        {
            return null;
        }

        var routes = new List<PreviousRoute>();
        foreach (var key in change.Keys)
        {
            if (snapshot.ByKey(key) is not { } document)
            {
                continue;
            }

            var root = RootOf(snapshot, document).Key;
            foreach (var language in snapshot.Languages)
            {
                if (snapshot.RouteOf(key, language.IsoCode) is { } route and not "/")
                {
                    routes.Add(new PreviousRoute(key, language.IsoCode.ToLowerInvariant(), route, root));
                }
            }
        }

        return routes.Count == 0 ? null : routes;
    }

    /// <summary>The top of the item's branch in <paramref name="snapshot"/> (its start item).</summary>
    public static PublishedDocument RootOf(PublishedSnapshot snapshot, PublishedDocument document)
    {
        var root = document;
        for (var guard = 0; root.ParentKey is { } parent && snapshot.ByKey(parent) is { } next && guard < 1000; guard++)
        {
            root = next;
        }

        return root;
    }
}
