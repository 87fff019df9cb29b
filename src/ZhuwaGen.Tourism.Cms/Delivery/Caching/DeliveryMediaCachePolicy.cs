using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ZhuwaGen.Tourism.Cms.Delivery.Caching;

/// <summary>
/// Umbraco's DeliveryApiMedia output-cache policy: on when OutputCache:Enabled and the media API is public, varies by
/// Start-Item and the query string, for MediaDuration. It also varies by Accept-Language, which Umbraco's does not,
/// because here the alt text in a media response follows that header. The endpoints tag each response with the media
/// it shows and their ancestors (whose names are in its path); a media change evicts them.
/// </summary>
internal sealed class DeliveryMediaCachePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptionsMonitor<DeliveryApiOptions>>().CurrentValue;
        var request = http.Request;
        var cacheable = options.Enabled && options.Media.Enabled && options.OutputCache.Enabled
            && options.PublicAccess && options.Media.PublicAccess
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Headers.ContainsKey("Authorization");
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = options.OutputCache.MediaDuration;
        context.CacheVaryByRules.HeaderNames = new StringValues(["Accept-Language", "Start-Item"]);

        // The raw query string, as for content: QueryKeys = "*" would reorder repeated parameters in the request.
        context.CacheVaryByRules.VaryByValues["query"] = request.QueryString.Value ?? string.Empty;
        http.RequestServices.GetRequiredService<MediaChangeEpoch>().Capture(http);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode != StatusCodes.Status200OK
            || http.Response.Headers.ContainsKey("Set-Cookie")
            || !http.RequestServices.GetRequiredService<MediaChangeEpoch>().IsUnchangedSince(http))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
