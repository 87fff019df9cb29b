using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using ZhuwaGen.Tourism.Cms.Delivery.Compression;
using ZhuwaGen.Tourism.Cms.Delivery.Request;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Caching;

/// <summary>
/// Umbraco's DeliveryApiContent output-cache policy: on when OutputCache:Enabled, varies by Accept-Language, Start-Item
/// and the query string, and never caches preview, non-public APIs, or anything but a 200 rendered from the snapshot
/// that is still current (a response racing a publish is not stored after the publish evicted its tags), under no
/// newer media change (<see cref="MediaChangeEpoch"/>, the same race for picked media).
/// </summary>
internal sealed class DeliveryContentCachePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptionsMonitor<DeliveryApiOptions>>().CurrentValue;
        var request = http.Request;
        var preview = request.Headers.ContainsKey("Preview") && !string.Equals(request.Headers["Preview"].ToString().Trim(), "false", StringComparison.OrdinalIgnoreCase);
        var cacheable = options.Enabled && options.OutputCache.Enabled && options.PublicAccess && !preview
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Headers.ContainsKey("Authorization");
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = options.OutputCache.ContentDuration;
        context.CacheVaryByRules.HeaderNames = new StringValues(["Accept-Language", "Start-Item"]);
        // The raw query string, not QueryKeys = "*": that rule sorts a repeated parameter's values in the request
        // itself (StringValues.ToArray returns the live array), which would reorder items?id=b&id=a.
        context.CacheVaryByRules.VaryByValues["query"] = request.QueryString.Value ?? string.Empty;
        // By the coding the item endpoints will choose, not the raw header: browsers word Accept-Encoding many ways.
        context.CacheVaryByRules.VaryByValues["coding"] = ContentCodings.Negotiate(request).ToString();
        if (request.Path.Equals(DeliveryApiRoutes.Content, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(DeliveryApiRoutes.Content + "/", StringComparison.OrdinalIgnoreCase))
        {
            context.Tags.Add(DeliveryOutputCache.QueryTag);
        }

        http.RequestServices.GetRequiredService<MediaChangeEpoch>().Capture(http);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var current = http.RequestServices.GetRequiredService<PublishedSnapshotService>().Current.Generation;
        if (http.Response.StatusCode != StatusCodes.Status200OK
            || http.Response.Headers.ContainsKey("Set-Cookie")
            || http.Features.Get<DeliveryRequest>() is not { } delivery
            || delivery.Snapshot.Generation != current
            || !http.RequestServices.GetRequiredService<MediaChangeEpoch>().IsUnchangedSince(http))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
