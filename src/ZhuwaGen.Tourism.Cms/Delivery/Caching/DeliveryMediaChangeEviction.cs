using Microsoft.AspNetCore.OutputCaching;
using ZhuwaGen.Tourism.Cms.Delivery.Rendering;
using ZhuwaGen.Tourism.Cms.Media;

namespace ZhuwaGen.Tourism.Cms.Delivery.Caching;

/// <summary>
/// After a committed media change (save, move, trash, delete), and after the media map was rebuilt (AddMedia registers
/// that handler first): renders again the stored JSON of every item that picked a changed media item, then evicts the
/// cached content responses that depended on it and the media API's responses showing it or any query result, and the public site's pages.
/// </summary>
internal sealed class DeliveryMediaChangeEviction(DeliveryContentJsonStore json, IOutputCacheStore store, MediaChangeEpoch epoch)
    : IMediaChangeHandler
{
    public async Task HandleAsync(MediaChange change, CancellationToken ct)
    {
        await json.RenderDependentsAgainAsync(change.Keys, ct);

        // Before the eviction: a response begun earlier and stored after it would otherwise outlive the change.
        epoch.Advance();
        foreach (var key in change.Keys)
        {
            await store.EvictByTagAsync(DeliveryOutputCache.ItemTag(key), ct);
            await store.EvictByTagAsync(DeliveryOutputCache.MediaTag(key), ct);
        }

        await store.EvictByTagAsync(DeliveryOutputCache.MediaQueryTag, ct);
        await store.EvictByTagAsync(DeliveryOutputCache.SitePagesTag, ct);
    }
}
