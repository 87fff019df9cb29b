using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Web.Site.Offline;

namespace ZhuwaGen.Tourism.Web.Security;

/// <summary>
/// Gives each request its own CSP nonce (<see cref="ContentSecurityPolicyNonce"/>) and, when the response starts, adds
/// the security headers: set at the start rather than at the end so they are on every response, including those of
/// the exception handler, status code pages, static files and output-cache hits.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    private const string ReferrerPolicy = "Referrer-Policy";

    public Task InvokeAsync(HttpContext context)
    {
        context.EnableCspNonce();
        context.Response.OnStarting(
            static state =>
            {
                var (context, settings) = ((HttpContext, SecurityHeadersOptions))state;
                Apply(context, settings);
                return Task.CompletedTask;
            },
            (context, options.Value));
        return next(context);
    }

    private static void Apply(HttpContext context, SecurityHeadersOptions settings)
    {
        var response = context.Response;
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        if (string.IsNullOrEmpty(headers[ReferrerPolicy]))
        {
            headers[ReferrerPolicy] = settings.ReferrerPolicy;
        }

        if (context.Request.Path == OfflinePack.ServiceWorkerPath || context.Request.Path == Backoffice.BackofficeRoutes.ServiceWorker)
        {
            headers.ContentSecurityPolicy = settings.ServiceWorkerContentSecurityPolicy;
            return;
        }

        if (!IsHtml(response.ContentType))
        {
            headers.ContentSecurityPolicy = settings.OtherContentSecurityPolicy;
            return;
        }

        var policy = settings.HtmlContentSecurityPolicy.Replace(SecurityHeadersOptions.NoncePlaceholder, context.CspNonce(), StringComparison.Ordinal);
        if (context.GetEndpoint()?.Metadata.GetMetadata<ContentSecurityPolicyAddition>() is { } addition)
        {
            // Only this endpoint's pages, e.g. the API reference (see where the endpoint is mapped for why).
            policy += "; " + addition.Directives;
        }

        headers.ContentSecurityPolicy = policy;
    }

    private static bool IsHtml(string? contentType) =>
        contentType is not null && contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
}
