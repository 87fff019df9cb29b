using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ZhuwaGen.Tourism.Cms.Management.OpenApi;

/// <summary>
/// A script for the API reference page, loaded before Scalar's bundle. Scalar puts the page's CSP nonce (from the
/// <c>csp-nonce</c> meta tag) on its own stylesheet, but two libraries inside its bundle add &lt;style&gt; elements
/// without one — the toasts (vue-sonner) and the code editor (CodeMirror, whose cspNonce facet Scalar leaves
/// empty) — and the nonce policy blocks them. This gives every &lt;style&gt; element that script creates on this page
/// the nonce; style elements parsed from markup (an injected &lt;style&gt;) still get none and stay blocked.
/// </summary>
internal static class ScalarStyleNonce
{
    /// <summary>Relative to the page, as Scalar's own scripts are.</summary>
    public const string FileName = "style-nonce.js";

    public const string Path = ManagementApiRoutes.OpenApiUi + "/" + FileName;

    private const string Script = """
        (() => {
          const nonce = document.querySelector('meta[property="csp-nonce"]')?.content;
          if (!nonce) return;
          const createElement = Document.prototype.createElement;
          Document.prototype.createElement = function (name, options) {
            const element = createElement.call(this, name, options);
            if (typeof name === 'string' && name.toLowerCase() === 'style') element.nonce = nonce;
            return element;
          };
        })();
        """;

    public static IEndpointRouteBuilder MapScalarStyleNonce(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(Script, "text/javascript; charset=utf-8");
        }).ExcludeFromDescription();
        return routes;
    }
}
