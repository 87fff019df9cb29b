using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using ZhuwaGen.Tourism.Cms.Delivery.Compression;
using ZhuwaGen.Tourism.Cms.Delivery.Rendering;

namespace ZhuwaGen.Tourism.Cms.Delivery.Items;

/// <summary>
/// Ready UTF-8 JSON with a strong ETag; a matching If-None-Match gets 304 and no body. A stored item is sent in the
/// coding the request accepts best (Brotli, gzip or none), from the bytes compressed when it was rendered.
/// </summary>
internal sealed class DeliveryJsonResult(ReadOnlyMemory<byte> utf8, string etag, StoredItem? stored = null) : IResult
{
    public ReadOnlyMemory<byte> Utf8 => utf8;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var body = utf8;
        var representationETag = etag;
        if (stored is not null)
        {
            var coding = ContentCodings.Negotiate(httpContext.Request);
            body = stored.In(coding);
            representationETag = coding.ETag(etag);
            if (coding.HeaderValue() is { } contentEncoding)
            {
                response.Headers.ContentEncoding = contentEncoding;
            }
        }

        response.Headers.ETag = representationETag;
        var ifNoneMatch = httpContext.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(new EntityTagHeaderValue(representationETag), useStrongComparison: true)))
        {
            response.Headers.ContentEncoding = default;
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}

/// <summary>Umbraco's by-route redirect: 301 to the new route, with the start item it is under.</summary>
internal sealed class DeliveryRedirectResult(string path, string startItemPath, Guid startItemKey) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status301MovedPermanently;
        response.Headers.Location = path;
        response.Headers["Location-Start-Item-Path"] = startItemPath;
        response.Headers["Location-Start-Item-Id"] = startItemKey.ToString("D");
        return Task.CompletedTask;
    }
}
