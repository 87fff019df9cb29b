using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace ZhuwaGen.Tourism.Web.Site.Caching;

/// <summary>
/// How browsers keep the files in <c>wwwroot</c>. Pages link the stylesheet and the script with their content hash
/// (<c>/css/site.css?v=…</c>, <c>asp-append-version</c>), so such a URL never changes meaning: kept a year and never
/// asked again, which spares a phone on a weak signal a round trip per page. Any other file (a favicon, the service
/// worker, the manifest, the offline page) is checked with its ETag on each use, so a new version is seen at once.
/// Text files are compressed (brotli or gzip) by the response compression middleware, HTTPS included.
/// </summary>
internal static class StaticFileCaching
{
    public static StaticFileOptions Options { get; } = new()
    {
        OnPrepareResponse = context =>
        {
            var headers = context.Context.Response.Headers;
            headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
                ? "public, max-age=31536000, immutable"
                : "no-cache";
            headers.Vary = HeaderNames.AcceptEncoding;

            // Compressed over HTTPS too (off there by default against BREACH): a public file carries no secret.
            if (context.Context.Features.Get<IHttpsCompressionFeature>() is { } compression)
            {
                compression.Mode = HttpsCompressionMode.Compress;
            }
        },
    };
}
