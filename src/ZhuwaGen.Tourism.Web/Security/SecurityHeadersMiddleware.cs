using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Hosting;

namespace ZhuwaGen.Tourism.Web.Security;

/// <summary>
/// Gives each request a fresh CSP nonce (<see cref="ContentSecurityPolicyNonce"/>) and, when the response starts, adds
/// the security headers: set at the start rather than at the end so they are on every response, including those of
/// the exception handler, status code pages, static files and output-cache hits.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    private const string ReferrerPolicy = "Referrer-Policy";

    public Task InvokeAsync(HttpContext context)
    {
        var nonce = NewNonce();
        context.SetCspNonce(nonce);
        context.Response.OnStarting(
            static state =>
            {
                var (response, settings, nonce) = ((HttpResponse, SecurityHeadersOptions, string))state;
                Apply(response, settings, nonce);
                return Task.CompletedTask;
            },
            (context.Response, options.Value, nonce));
        return next(context);
    }

    private static void Apply(HttpResponse response, SecurityHeadersOptions settings, string nonce)
    {
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        if (string.IsNullOrEmpty(headers[ReferrerPolicy]))
        {
            headers[ReferrerPolicy] = settings.ReferrerPolicy;
        }

        headers.ContentSecurityPolicy = IsHtml(response.ContentType)
            ? settings.HtmlContentSecurityPolicy.Replace(SecurityHeadersOptions.NoncePlaceholder, nonce, StringComparison.Ordinal)
            : settings.OtherContentSecurityPolicy;
    }

    private static bool IsHtml(string? contentType) =>
        contentType is not null && contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);

    // 128 random bits, base64url so the value needs no escaping in a header or an attribute.
    private static string NewNonce() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}
