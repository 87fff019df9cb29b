using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>
/// <c>GET /media/{**path}</c>: the stored file, or a variant made to the query's width, height, mode, format, quality,
/// focal point (<c>rxy</c>) or named crop. Only URLs of items in the library are served, so no path can reach a file
/// outside the media root.
/// </summary>
internal static class MediaFileEndpoints
{
    private const string LongCache = "public, max-age=31536000";

    public static void MapMediaFiles(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/media/{**path}", ServeAsync).ExcludeFromDescription();

    private static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> ServeAsync(
        string? path,
        HttpContext context,
        PublishedMediaCache cache,
        MediaFileStore files,
        MediaImageProcessor processor,
        IOptions<MediaOptions> options,
        CancellationToken cancellationToken)
    {
        var snapshot = await cache.EnsureLoadedAsync(cancellationToken);
        if (string.IsNullOrEmpty(path) || snapshot.ByUrl("/media/" + path) is not { Url: { } url } media
            || files.Resolve(url["/media/".Length..]) is not { } source || !File.Exists(source))
        {
            return TypedResults.NotFound();
        }

        var (instructions, error) = ImageInstructions.Parse(context.Request.Query, media, options.Value);
        if (error is not null)
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid image request");
        }

        context.Response.Headers.CacheControl = LongCache;
        var kind = ImageSniffer.FromExtension(media.Extension);
        if (instructions is null)
        {
            // A stored file never changes: a new upload gets a new short key, so its URL names its content.
            var tag = $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..32]}\"";
            return TypedResults.PhysicalFile(source, ImageSniffer.ContentType(kind), entityTag: new EntityTagHeaderValue(tag));
        }

        var variant = await processor.GetOrCreateAsync(url, source, kind, instructions, cancellationToken);
        return TypedResults.PhysicalFile(variant.FilePath, variant.ContentType, entityTag: new EntityTagHeaderValue(variant.ETag));
    }
}
