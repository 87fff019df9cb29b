using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SixLabors.ImageSharp;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>
/// <c>GET /media/{**path}</c>: the stored file, or a variant made to the query's width, height, mode, format, quality,
/// focal point (<c>rxy</c>) or named crop. Only URLs of items in the library are served, so no path can reach a file
/// outside the media root; only sizes the site uses, or signed URLs, are made (<see cref="ImageRequestPolicy"/>).
/// </summary>
internal static class MediaFileEndpoints
{
    private const string LongCache = "public, max-age=31536000";

    public static void MapMediaFiles(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/media/{**path}", ServeAsync).ExcludeFromDescription();

    private static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult, ValidationProblem>> ServeAsync(
        string? path,
        HttpContext context,
        PublishedMediaCache cache,
        MediaFileStore files,
        ImageRequestPolicy policy,
        MediaImageProcessor processor,
        ImageRateLimiter rateLimiter,
        IOptions<MediaOptions> options,
        CancellationToken cancellationToken)
    {
        var snapshot = await cache.EnsureLoadedAsync(cancellationToken);
        if (string.IsNullOrEmpty(path) || snapshot.ByUrl("/media/" + path) is not { Url: { } url } media
            || files.Resolve(url["/media/".Length..]) is not { } source || !File.Exists(source))
        {
            return TypedResults.NotFound();
        }

        var (query, error) = ImageQuery.Parse(context.Request.Query, options.Value);
        error ??= query is null ? null : policy.Check(url, query);
        if (error is not null)
        {
            return ImageProblems.Invalid(error);
        }

        var kind = ImageSniffer.FromExtension(media.Extension);
        var original = media is { Width: { } width, Height: { } height } ? new Size(width, height) : Image.Identify(source)?.Size();
        if (original is null)
        {
            return TypedResults.NotFound();
        }

        var plan = query is null ? null : ImagePlan.Resolve(query, media, original.Value, kind, options.Value.DefaultQuality);
        if (plan is null || plan.IsOriginal)
        {
            // A stored file never changes: a new upload gets a new short key, so its URL names its content.
            context.Response.Headers.CacheControl = LongCache;
            var tag = $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..32]}\"";
            return TypedResults.PhysicalFile(source, ImageSniffer.ContentType(kind), entityTag: new EntityTagHeaderValue(tag));
        }

        var variant = processor.Cached(url, plan);
        if (variant is null)
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                using var lease = rateLimiter.Acquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                if (!lease.IsAcquired)
                {
                    return ImageProblems.TooManyRequests(context, lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1));
                }
            }

            var made = await processor.CreateAsync(url, source, plan, cancellationToken);
            if (made.Variant is null)
            {
                return ImageProblems.For(context, made.Status);
            }

            variant = made.Variant;
        }

        context.Response.Headers.CacheControl = LongCache;
        return TypedResults.PhysicalFile(variant.FilePath, variant.ContentType, entityTag: new EntityTagHeaderValue(variant.ETag));
    }
}
