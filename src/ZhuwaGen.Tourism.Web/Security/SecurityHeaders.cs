using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace ZhuwaGen.Tourism.Web.Security;

/// <summary>Registration and pipeline position of the security headers and HSTS.</summary>
internal static class SecurityHeaders
{
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.AddOptions<SecurityHeadersOptions>().BindConfiguration(SecurityHeadersOptions.SectionName)
            .Validate(o => o.HtmlContentSecurityPolicy.Contains(SecurityHeadersOptions.NoncePlaceholder, StringComparison.Ordinal),
                $"{SecurityHeadersOptions.SectionName}:HtmlContentSecurityPolicy must name {SecurityHeadersOptions.NoncePlaceholder}, or inline tags stop working.")
            .ValidateOnStart();
        services.AddOptions<HstsOptions>().Configure<IOptions<SecurityHeadersOptions>>(
            (hsts, headers) => hsts.MaxAge = headers.Value.HstsMaxAge);
        return services;
    }

    /// <summary>First in the pipeline, so even the exception handler's and static files' answers carry the headers.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            // Only over HTTPS (UseHsts skips plain HTTP and, by default, localhost): a proxy terminating TLS must
            // forward the scheme for this to apply.
            app.UseHsts();
        }

        return app;
    }
}
