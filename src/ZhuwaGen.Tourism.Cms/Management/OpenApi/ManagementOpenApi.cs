using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Scalar.AspNetCore;
using ZhuwaGen.Tourism.Cms.Hosting;

namespace ZhuwaGen.Tourism.Cms.Management.OpenApi;

/// <summary>
/// The Management API's OpenAPI document and its reference UI. Scalar is served from this host (its bundled script,
/// no web fonts), because the site makes no request to a third-party host.
/// </summary>
internal static class ManagementOpenApi
{
    public static IServiceCollection AddManagementOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(ManagementApiRoutes.OpenApiDocumentName, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith(ManagementApiRoutes.Base.TrimStart('/'), StringComparison.OrdinalIgnoreCase) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "ZhuwaGen Tourism Management API";
                document.Info.Version = "v1";
                document.Info.Description = "Umbraco-style Management API. Sign in at " + ManagementApiRoutes.Login
                    + " (cookie, with the X-XSRF-TOKEN header on writes) or use an API user's bearer token from "
                    + ManagementApiRoutes.Token + " (client credentials).";
                return Task.CompletedTask;
            });
            o.AddDocumentTransformer(ManagementOpenApiSecurity.AddSchemesAsync);
            o.AddOperationTransformer(ManagementOpenApiSecurity.AddRequirementsAsync);
        });

    public static IEndpointRouteBuilder MapManagementOpenApi(this IEndpointRouteBuilder routes)
    {
        routes.MapOpenApi("/umbraco/openapi/{documentName}.json");
        routes.MapScalarApiReference(ManagementApiRoutes.OpenApiUi, (o, context) =>
        {
            o.WithTitle("ZhuwaGen Tourism Management API")
                .WithOpenApiRoutePattern("/umbraco/openapi/{documentName}.json")
                .AddDocument(ManagementApiRoutes.OpenApiDocumentName)
                .DisableDefaultFonts()
                .DisableTelemetry();

            // The page's script tags carry the response's CSP nonce, so the policy needs no 'unsafe-inline' for scripts;
            // Scalar's bundle reads the same nonce from the csp-nonce meta tag for the <style> it injects, and
            // ScalarStyleNonce (first in the head) gives it to the <style> elements of the libraries inside the bundle.
            if (context.CspNonce() is { } nonce)
            {
                o.WithNonce(nonce);
                o.HeadContent = $"<meta property=\"csp-nonce\" content=\"{nonce}\">"
                    + $"<script nonce=\"{nonce}\" src=\"{ScalarStyleNonce.FileName}\"></script>";
            }
        })
            // Scalar's bundle carries markup with style attributes (its logos and icons, pre-formatted code) and sets
            // some with setAttribute at run time; no nonce or hash can allow an attribute. This page alone lets style
            // attributes through: they cannot run script, and <style> elements and scripts stay nonce-only.
            .WithMetadata(new ContentSecurityPolicyAddition("style-src-attr 'unsafe-inline'"));
        routes.MapScalarStyleNonce();
        return routes;
    }
}
