using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace ZhuwaGen.Tourism.Cms.Management.Security;

/// <summary>
/// Cross-site request forgery protection for cookie-authenticated writes to the Management API: the antiforgery
/// request token, given to the page in the readable XSRF-TOKEN cookie, must come back in the X-XSRF-TOKEN header.
/// Bearer-token calls need no header (a cross-site page cannot attach a token it does not have).
/// </summary>
public static class XsrfProtection
{
    /// <summary>Sets the antiforgery cookie and the readable XSRF-TOKEN cookie for the current user.</summary>
    public static void IssueTokens(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Cookies.Append(BackOfficeSchemes.XsrfCookieName, tokens.RequestToken ?? string.Empty, new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
    }

    public sealed class Filter(IAntiforgery antiforgery) : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var http = context.HttpContext;
            var safe = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method);
            if (!safe && BackOfficePrincipal.IsCookieUser(http.User) && !await antiforgery.IsRequestValidAsync(http))
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Invalid XSRF token",
                    detail: $"A signed-in back-office request that changes data must send the {BackOfficeSchemes.XsrfHeaderName} header with the value of the {BackOfficeSchemes.XsrfCookieName} cookie.");
            }

            return await next(context);
        }
    }
}
