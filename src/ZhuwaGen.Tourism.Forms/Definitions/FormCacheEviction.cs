using Microsoft.AspNetCore.OutputCaching;
using ZhuwaGen.Tourism.Cms.Delivery.Caching;

namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>
/// A Delivery API response that expanded a forms picker holds the form's definition, and the output cache keeps it
/// under the picking document's tag: after an edit those tags, the query responses and the site's pages are evicted,
/// as a content change evicts them.
/// </summary>
public sealed class FormCacheEviction(IOutputCacheStore store, FormUsage usage)
{
    public async Task EvictAsync(Guid formId, CancellationToken cancellationToken)
    {
        foreach (var document in (await usage.UsersOfAsync(formId, cancellationToken)).Documents)
        {
            await store.EvictByTagAsync(DeliveryOutputCache.ItemTag(document), cancellationToken);
        }

        await store.EvictByTagAsync(DeliveryOutputCache.QueryTag, cancellationToken);
        await store.EvictByTagAsync(DeliveryOutputCache.SitePagesTag, cancellationToken);
    }
}
