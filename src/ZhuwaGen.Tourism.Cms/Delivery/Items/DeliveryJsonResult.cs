using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ZhuwaGen.Tourism.Cms.Delivery.Items;

/// <summary>Ready UTF-8 JSON with a strong ETag; a matching If-None-Match gets 304 and no body.</summary>
internal sealed class DeliveryJsonResult(ReadOnlyMemory<byte> utf8, string etag) : IResult
{
    public ReadOnlyMemory<byte> Utf8 => utf8;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.Headers.ETag = etag;
        var ifNoneMatch = httpContext.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(new EntityTagHeaderValue(etag), useStrongComparison: true)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = utf8.Length;
        await response.Body.WriteAsync(utf8, httpContext.RequestAborted);
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
