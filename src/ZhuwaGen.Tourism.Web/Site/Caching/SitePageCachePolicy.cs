using Microsoft.AspNetCore.OutputCaching;
using ZhuwaGen.Tourism.Cms.Delivery.Caching;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Web.Site.Caching;

/// <summary>
/// Output caching of the site's pages: a GET or HEAD without a search is kept per path for
/// <see cref="Duration"/> under <see cref="DeliveryOutputCache.SitePagesTag"/>, which the change pipeline's
/// output-cache consumer evicts on every committed content or media change. A page is stored only when it is a 200
/// rendered from the snapshot still current and under no newer media change, so a response racing a publish never outlives it;
/// a page marked no-store (one showing a form, whose antiforgery token is one visitor's) is never stored. The duration bounds
/// what time alone changes (a notice expiring, an event starting).
/// </summary>
internal sealed class SitePageCachePolicy : IOutputCachePolicy
{
    public const string Name = "SitePages";
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);
    private static readonly object GenerationKey = new();
    private static readonly object MediaEpochKey = new();

    public static void RememberSnapshot(HttpContext http, long generation) => http.Items[GenerationKey] = generation;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Query.ContainsKey("q")
            && !request.Headers.ContainsKey("Authorization");
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Duration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.Tags.Add(DeliveryOutputCache.SitePagesTag);
        context.HttpContext.Items[MediaEpochKey] = context.HttpContext.RequestServices.GetRequiredService<MediaChangeEpoch>().Current;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var current = http.RequestServices.GetRequiredService<PublishedSnapshotService>().Current.Generation;
        if (http.Response.StatusCode != StatusCodes.Status200OK
            || http.Response.Headers.ContainsKey("Set-Cookie")
            || http.Response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || http.Items[GenerationKey] is not long rendered
            || rendered != current
            || http.Items[MediaEpochKey] is not long epoch
            || epoch != http.RequestServices.GetRequiredService<MediaChangeEpoch>().Current)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
