using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace ZhuwaGen.Tourism.Web.Backoffice.Assets;

/// <summary>
/// The back-office's static files (embedded in the assembly, so they ship with the code that uses them), each served
/// at a path with its content hash — <c>/umbraco/assets/backoffice.3f2a9c1d.css</c> — compressed once at start-up with
/// brotli and gzip and cached by browsers for a year: a new build has new paths, so nothing stale is ever shown.
/// </summary>
public sealed class BackofficeAssets
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromDays(365);
    private readonly Dictionary<string, Asset> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pathByName = new(StringComparer.Ordinal);

    public BackofficeAssets()
    {
        var assembly = typeof(BackofficeAssets).Assembly;
        foreach (var (name, contentType) in new[] { ("backoffice.css", "text/css; charset=utf-8"), ("edit.js", "text/javascript; charset=utf-8"), ("photos.js", "text/javascript; charset=utf-8") })
        {
            using var stream = assembly.GetManifestResourceStream("ZhuwaGen.Tourism.Web.Backoffice.Assets." + name)
                ?? throw new InvalidOperationException($"The back-office asset {name} is not embedded.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
            var path = $"{BackofficeRoutes.Assets}/{Path.GetFileNameWithoutExtension(name)}.{hash}{Path.GetExtension(name)}";
            _byPath[path] = new Asset(contentType, bytes, Compress(bytes, s => new BrotliStream(s, CompressionLevel.SmallestSize)),
                Compress(bytes, s => new GZipStream(s, CompressionLevel.SmallestSize)), $"\"{hash}\"");
            _pathByName[name] = path;
        }
    }

    /// <summary>The fingerprinted path of an asset by its file name, e.g. "backoffice.css".</summary>
    public string PathOf(string name) => _pathByName[name];

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(BackofficeRoutes.Assets + "/{file}", (string file, HttpContext context, BackofficeAssets assets) =>
            assets.Serve(context, BackofficeRoutes.Assets + "/" + file));
        return routes;
    }

    private IResult Serve(HttpContext context, string path)
    {
        if (!_byPath.TryGetValue(path, out var asset))
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = $"public, max-age={(int)CacheFor.TotalSeconds}, immutable";
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var accept = context.Request.Headers.AcceptEncoding.ToString();
        if (accept.Contains("br", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentEncoding = "br";
            return Results.Bytes(asset.Brotli, asset.ContentType);
        }

        if (accept.Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentEncoding = "gzip";
            return Results.Bytes(asset.Gzip, asset.ContentType);
        }

        return Results.Bytes(asset.Plain, asset.ContentType);
    }

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var compressing = compressor(output))
        {
            compressing.Write(bytes);
        }

        return output.ToArray();
    }

    private sealed record Asset(string ContentType, byte[] Plain, byte[] Brotli, byte[] Gzip, string ETag);
}
