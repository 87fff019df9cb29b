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
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>
/// <c>GET /media/{**path}</c>: the stored file, or a variant made to the query's width, height, mode, format, quality,
/// focal point (<c>rxy</c>) or named crop. Only URLs of items in the library are served, so no path can reach a file
/// outside the media root; only sizes the site uses, or signed URLs, are made (<see cref="ImageRequestPolicy"/>).
/// </summary>
internal static class MediaFileEndpoints
{
    private const string LongCache = "public, max-age=31536000";
    private const int MakeAttempts = 3;

    public static void MapMediaFiles(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/media/{**path}", ServeAsync).ExcludeFromDescription();

    private static async Task<Results<FileStreamHttpResult, NotFound, ProblemHttpResult, ValidationProblem>> ServeAsync(
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
        var original = media is { Width: { } width, Height: { } height } ? new Size(width, height) : Identify(source);
        if (original is null)
        {
            return TypedResults.NotFound();
        }

        var plan = query is null ? null : ImagePlan.Resolve(query, media, original.Value, kind, options.Value.DefaultQuality);
        if (plan is null || plan.IsOriginal)
        {
            // Opened, not just checked: a file deleted in between (the item removed) is a 404, never a 500.
            if (MediaFileStreams.OpenOrNull(source) is not { } file)
            {
                return TypedResults.NotFound();
            }

            // A stored file never changes: a new upload gets a new short key, so its URL names its content.
            context.Response.Headers.CacheControl = LongCache;
            var tag = $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..32]}\"";
            return TypedResults.File(file, ImageSniffer.ContentType(kind), entityTag: new EntityTagHeaderValue(tag), enableRangeProcessing: true);
        }

        var variant = processor.VariantFor(url, plan);
        var stream = processor.OpenCached(variant);
        if (stream is null && context.User.Identity?.IsAuthenticated != true)
        {
            using var lease = rateLimiter.Acquire(ClientKey.Of(context));
            if (!lease.IsAcquired)
            {
                return ImageProblems.TooManyRequests(context, lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1));
            }
        }

        // A variant just made can be evicted by another request's before it is opened (a full cache); it is then
        // made again, a few times at most, rather than answering 500 for a missing file.
        for (var attempt = 0; stream is null && attempt < MakeAttempts; attempt++)
        {
            var made = await processor.CreateAsync(url, source, plan, cancellationToken);
            if (made.Variant is null)
            {
                return ImageProblems.For(context, made.Status);
            }

            stream = processor.OpenCached(made.Variant);
        }

        if (stream is null)
        {
            return ImageProblems.For(context, ImageVariantStatus.Busy);
        }

        context.Response.Headers.CacheControl = LongCache;
        return TypedResults.File(stream, variant.ContentType, entityTag: new EntityTagHeaderValue(variant.ETag), enableRangeProcessing: true);
    }

    private static Size? Identify(string source)
    {
        try
        {
            return Image.Identify(source)?.Size();
        }
        catch (Exception exception) when (exception is IOException or ImageFormatException or UnknownImageFormatException)
        {
            return null;
        }
    }
}
