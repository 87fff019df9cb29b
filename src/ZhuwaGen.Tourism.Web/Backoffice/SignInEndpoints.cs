using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Web.Site;

namespace ZhuwaGen.Tourism.Web.Backoffice;

/// <summary>
/// The back-office sign-in page: a plain form (no script needed) with an antiforgery field, a POST limited per client
/// address (and, in <see cref="SignInService"/>, per account and client), and one generic message for any failure so that it
/// tells nobody which addresses have accounts or are locked. Sign-out ends the session on the server too.
/// </summary>
internal static class SignInEndpoints
{
    public const string WrongCredentials = "Email or password is wrong";
    private const string FailureMessage = WrongCredentials
        + ". After several wrong passwords in a row sign-ins from here are paused for a few minutes and the account's owner is told by email.";

    public static IEndpointRouteBuilder MapBackofficeSignIn(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(ManagementApiRoutes.Login, (string? returnUrl, HttpContext context, IAntiforgery antiforgery) =>
            Page(context, antiforgery, Local(returnUrl), null, StatusCodes.Status200OK));

        routes.MapPost(ManagementApiRoutes.Login, async (
            [FromForm] SignInForm form, HttpContext context, SignInService signIn, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
        {
            var (status, user) = await signIn.SignInAsync(
                form.Email ?? string.Empty, form.Password ?? string.Empty, ClientKey.Of(context), cancellationToken);
            if (status != SignInStatus.Success || user is null)
            {
                return Page(context, antiforgery, Local(form.ReturnUrl), FailureMessage, StatusCodes.Status400BadRequest);
            }

            var principal = BackOfficePrincipal.Create(user);
            await context.SignInAsync(BackOfficeSchemes.Cookie, principal);

            // The XSRF token is bound to the user, so it is issued for the principal just signed in.
            context.User = principal;
            XsrfProtection.IssueTokens(context, antiforgery);
            return Results.LocalRedirect(Local(form.ReturnUrl) ?? ManagementApiRoutes.Login);
        }).RequireRateLimiting(RateLimits.SignIn);

        routes.MapPost(ManagementApiRoutes.Logout, async (HttpContext context, UserSessions sessions, CancellationToken cancellationToken) =>
        {
            // A new security stamp ends this session everywhere, including any copy of the cookie.
            if (BackOfficePrincipal.IsCookieUser(context.User) && BackOfficePrincipal.KeyOf(context.User) is { } key)
            {
                await sessions.RevokeAsync(key, cancellationToken);
            }

            await context.SignOutAsync(BackOfficeSchemes.Cookie);
            context.Response.Cookies.Delete(BackOfficeSchemes.XsrfCookieName);
            return Results.LocalRedirect(ManagementApiRoutes.Login);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return routes;
    }

    // Only a path on this site, as Url.IsLocalUrl and LocalRedirect judge it: never "//host", "/\\host", an absolute
    // URL, or a path with control characters ("/\t/host" is "//host" to a browser, and LocalRedirect would throw).
    internal static string? Local(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl[0] == '/'
        && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
        && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : null;

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var field = $"<input type=\"hidden\" name=\"{HtmlLayout.Encode(tokens.FormFieldName)}\" value=\"{HtmlLayout.Encode(tokens.RequestToken)}\">";
        string body;
        if (context.User.Identity?.IsAuthenticated == true && error is null)
        {
            body = $"""
                <h1>Back-office</h1>
                <p>Signed in as {HtmlLayout.Encode(context.User.Identity.Name)}.</p>
                <form method="post" action="{ManagementApiRoutes.Logout}">{field}<p><button type="submit">Sign out</button></p></form>
                """;
        }
        else
        {
            body = $"""
                <h1>Sign in</h1>
                {(error is null ? string.Empty : $"<p class=\"error\" role=\"alert\">{HtmlLayout.Encode(error)}</p>")}
                <form method="post" action="{ManagementApiRoutes.Login}">
                {field}
                {(returnUrl is null ? string.Empty : $"<input type=\"hidden\" name=\"returnUrl\" value=\"{HtmlLayout.Encode(returnUrl)}\">")}
                <label>Email <input name="email" type="email" required maxlength="255" autocomplete="username"></label>
                <label>Password <input name="password" type="password" required autocomplete="current-password"></label>
                <p><button type="submit">Sign in</button></p>
                </form>
                """;
        }

        return Results.Content(HtmlLayout.Page("en", "Sign in – ZhuwaGen back-office", body), "text/html; charset=utf-8", statusCode: status);
    }

    // Properties, not a positional record: form binding requires every constructor parameter, and returnUrl is optional.
    internal sealed class SignInForm
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public string? ReturnUrl { get; set; }
    }
}
