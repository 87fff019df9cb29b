using Microsoft.AspNetCore.OutputCaching;
using ZhuwaGen.Tourism.Cms.Notifications;

namespace ZhuwaGen.Tourism.Cms.Delivery.Caching;

/// <summary>
/// Evicts cached Delivery responses after a committed change (publish, unpublish, move, sort, trash, restore,
/// delete), as Umbraco's DeliveryApiDocumentOutputCacheEvictionHandler does: every response tagged with a changed item
/// (the item itself, pickers of it, its descendants through their ancestor tags), every query response and every
/// page of the public site.
/// </summary>
internal sealed class DeliveryOutputCacheEviction(IOutputCacheStore store) : IContentChangeHandler
{
    public async Task HandleAsync(ContentChange change, CancellationToken cancellationToken)
    {
        if (change.Kind == ContentChangeKind.Saved)
        {
            return;
        }

        foreach (var key in change.Keys)
        {
            await store.EvictByTagAsync(DeliveryOutputCache.ItemTag(key), cancellationToken);
        }

        await store.EvictByTagAsync(DeliveryOutputCache.QueryTag, cancellationToken);
        await store.EvictByTagAsync(DeliveryOutputCache.SitePagesTag, cancellationToken);
    }
}
