using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace ZhuwaGen.Tourism.Cms.Delivery.Caching;

/// <summary>
/// Names of the Delivery API's output-cache policy and tags. Item responses are tagged with every item they
/// rendered and its ancestors; query responses (<c>GET /content</c>) with <see cref="QueryTag"/>. A committed change
/// evicts the changed items' tags and the query tag. Content responses that picked media carry the media keys' item tags
/// too. Media API responses are tagged with <see cref="MediaTag"/> per item shown (and its ancestors), queries with
/// <see cref="MediaQueryTag"/>; a media change evicts both kinds.
/// </summary>
public static class DeliveryOutputCache
{
    public const string ContentPolicy = "DeliveryApiContent";

    public const string MediaPolicy = "DeliveryApiMedia";

    public const string QueryTag = "delivery-content-query";

    public const string MediaQueryTag = "delivery-media-query";

    /// <summary>
    /// The public site's pages: each shows many items (lists, notices, nearby stays, photos), so any committed content
    /// or media change evicts them all.
    /// </summary>
    public const string SitePagesTag = "site-pages";

    public static string MediaTag(Guid key) => "delivery-media-" + key.ToString("N");

    public static string ItemTag(Guid key) => "delivery-content-" + key.ToString("N");

    /// <summary>Tags the response being cached (if it is) with the items it depended on.</summary>
    public static void TagItems(HttpContext context, IEnumerable<Guid> keys) => Tag(context, keys.Select(ItemTag));

    /// <summary>Tags the media response being cached (if it is) with the media it shows.</summary>
    public static void TagMedia(HttpContext context, IEnumerable<Guid> keys) => Tag(context, keys.Select(MediaTag));

    /// <summary>Tags the media query response being cached (if it is), which any media change evicts.</summary>
    public static void TagMediaQuery(HttpContext context) => Tag(context, [MediaQueryTag]);

    private static void Tag(HttpContext context, IEnumerable<string> tags)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is not { } cache)
        {
            return;
        }

        foreach (var tag in tags)
        {
            cache.Tags.Add(tag);
        }
    }
}
