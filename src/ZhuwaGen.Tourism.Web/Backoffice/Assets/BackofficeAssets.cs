using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace ZhuwaGen.Tourism.Web.Backoffice.Assets;

/// <summary>
/// The back-office's static files (embedded in the assembly, so they ship with the code that uses them), each served
/// at a path with its content hash — <c>/umbraco/assets/backoffice.3f2a9c1d.css</c> — compressed once at start-up with
/// brotli and gzip and cached by browsers for a year: a new build has new paths, so nothing stale is ever shown.
/// The service worker is the one file at a fixed path (<see cref="BackofficeRoutes.ServiceWorker"/>, revalidated on
/// every check): it is written with the fingerprinted paths it keeps, so a new build is a new worker.
/// </summary>
public sealed class BackofficeAssets
{
    private const string Css = "text/css; charset=utf-8";
    private const string JavaScript = "text/javascript; charset=utf-8";
    private static readonly TimeSpan CacheFor = TimeSpan.FromDays(365);
    private readonly Dictionary<string, Asset> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pathByName = new(StringComparer.Ordinal);
    private readonly Asset _serviceWorker;

    public BackofficeAssets()
    {
        foreach (var (name, contentType) in new[] { ("backoffice.css", Css), ("edit.js", JavaScript), ("photos.js", JavaScript), ("shell.js", JavaScript) })
        {
            var bytes = Embedded(name);
            var hash = Hash(bytes);
            var path = $"{BackofficeRoutes.Assets}/{Path.GetFileNameWithoutExtension(name)}.{hash}{Path.GetExtension(name)}";
            _byPath[path] = Asset.Of(contentType, bytes, hash);
            _pathByName[name] = path;
        }

        var kept = _pathByName.Values.Order(StringComparer.Ordinal).ToArray();
        var worker = Encoding.UTF8.GetString(Embedded("service-worker.js"))
            .Replace("__ASSETS__", JsonSerializer.Serialize(kept), StringComparison.Ordinal)
            .Replace("__VERSION__", Hash(Encoding.UTF8.GetBytes(string.Join('\n', kept))), StringComparison.Ordinal);
        var workerBytes = Encoding.UTF8.GetBytes(worker);
        _serviceWorker = Asset.Of(JavaScript, workerBytes, Hash(workerBytes));
    }

    /// <summary>The fingerprinted path of an asset by its file name, e.g. "backoffice.css".</summary>
    public string PathOf(string name) => _pathByName[name];

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(BackofficeRoutes.Assets + "/{file}", (string file, HttpContext context, BackofficeAssets assets) =>
            assets._byPath.TryGetValue(BackofficeRoutes.Assets + "/" + file, out var asset)
                ? Serve(context, asset, $"public, max-age={(int)CacheFor.TotalSeconds}, immutable")
                : Results.NotFound());
        routes.MapGet(BackofficeRoutes.ServiceWorker, (HttpContext context, BackofficeAssets assets) =>
        {
            // Its scope is /umbraco, one level above the script's own folder, so the home screen is in it too.
            context.Response.Headers["Service-Worker-Allowed"] = BackofficeRoutes.Home;
            return Serve(context, assets._serviceWorker, "no-cache");
        });
        return routes;
    }

    private static IResult Serve(HttpContext context, Asset asset, string cacheControl)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = cacheControl;
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

    private static byte[] Embedded(string name)
    {
        using var stream = typeof(BackofficeAssets).Assembly.GetManifestResourceStream("ZhuwaGen.Tourism.Web.Backoffice.Assets." + name)
            ?? throw new InvalidOperationException($"The back-office asset {name} is not embedded.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var compressing = compressor(output))
        {
            compressing.Write(bytes);
        }

        return output.ToArray();
    }

    private sealed record Asset(string ContentType, byte[] Plain, byte[] Brotli, byte[] Gzip, string ETag)
    {
        public static Asset Of(string contentType, byte[] bytes, string hash) =>
            new(contentType, bytes, Compress(bytes, s => new BrotliStream(s, CompressionLevel.SmallestSize)),
                Compress(bytes, s => new GZipStream(s, CompressionLevel.SmallestSize)), $"\"{hash}\"");
    }
}
