using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Redirects;

/// <summary>Where an old route now leads: the item's current route and its start item, if it is still routable.</summary>
internal sealed record RedirectTarget(string Path, Guid StartItemKey, string StartItemPath);

internal sealed class RedirectLookup(CmsDbContext db)
{
    public async Task<RedirectTarget?> FindAsync(
        PublishedSnapshot snapshot, string route, string culture, Guid rootKey, CancellationToken cancellationToken)
    {
        var normalized = PublishedSnapshot.NormalizeRoute(route);
        var lowerCulture = culture.ToLowerInvariant();
        var documentKey = await db.RedirectUrls.AsNoTracking()
            .Where(r => r.RootKey == rootKey && r.Culture == lowerCulture && r.Route == normalized)
            .Select(r => (Guid?)r.DocumentKey)
            .FirstOrDefaultAsync(cancellationToken);
        if (documentKey is null || snapshot.ByKey(documentKey.Value) is not { } document
            || snapshot.RouteOf(document.Key, culture) is not { } path || path == normalized)
        {
            return null;
        }

        var root = PreviousRoute.RootOf(snapshot, document);
        var rootCulture = snapshot.ResolveCulture(root, culture);
        return new RedirectTarget(path, root.Key, rootCulture is null ? string.Empty : root.Cultures[rootCulture].UrlSegment);
    }
}
