using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace ZhuwaGen.Tourism.Cms.Delivery.Caching;

/// <summary>
/// Names of the Delivery API's output-cache policy and tags. Item responses are tagged with every item they
/// rendered and its ancestors; query responses (<c>GET /content</c>) with <see cref="QueryTag"/>. A committed change
/// evicts the changed items' tags and the query tag.
/// </summary>
public static class DeliveryOutputCache
{
    public const string ContentPolicy = "DeliveryApiContent";

    public const string QueryTag = "delivery-content-query";

    public static string ItemTag(Guid key) => "delivery-content-" + key.ToString("N");

    /// <summary>Tags the response being cached (if it is) with the items it depended on.</summary>
    public static void TagItems(HttpContext context, IEnumerable<Guid> keys)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is not { } cache)
        {
            return;
        }

        foreach (var key in keys)
        {
            cache.Tags.Add(ItemTag(key));
        }
    }
}
