using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.SignIn;

/// <summary>
/// The back-office sign-in page: a plain form (no script needed) with an antiforgery field and the interface language,
/// a POST limited per client address (and, in <see cref="SignInService"/>, per account and client), and one generic
/// message for any failure so that it tells nobody which addresses have accounts or are locked. Sign-out ends the
/// session on the server too.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Admin.AllowWithoutTwoFactor]
public sealed class SignInController(SignInService signIn, IAntiforgery antiforgery, UserSessions sessions) : Controller
{
    [HttpGet(BackofficeRoutes.Login)]
    public IActionResult Show(string? returnUrl) => Page(Local(returnUrl), error: false, UiLanguage.Of(HttpContext));

    [HttpPost(BackofficeRoutes.Login)]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> SignInAsync([FromForm] SignInForm form, CancellationToken cancellationToken)
    {
        var language = UiLanguage.Known(form.Ui) ?? UiLanguage.Of(HttpContext);
        UiLanguage.Remember(HttpContext, language);
        var (status, user) = await signIn.SignInAsync(
            form.Email ?? string.Empty, form.Password ?? string.Empty, ClientKey.Of(HttpContext), cancellationToken);
        if (status == SignInStatus.TwoFactorRequired && user is not null)
        {
            // No cookie yet: the code step issues it.
            TwoFactorPending.Start(HttpContext, user, Local(form.ReturnUrl));
            return Redirect(Admin.AdminRoutes.SignInCode);
        }

        if (status != SignInStatus.Success || user is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page(Local(form.ReturnUrl), error: true, language);
        }

        var principal = BackOfficePrincipal.Create(user);
        await HttpContext.SignInAsync(BackOfficeSchemes.Cookie, principal);

        // The XSRF token is bound to the user, so it is issued for the principal just signed in.
        HttpContext.User = principal;
        XsrfProtection.IssueTokens(HttpContext, antiforgery);
        return LocalRedirect(Local(form.ReturnUrl) ?? BackofficeRoutes.Home);
    }

    [HttpPost(BackofficeRoutes.Logout)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SignOutAsync(CancellationToken cancellationToken)
    {
        // A new security stamp ends this session everywhere, including any copy of the cookie.
        if (BackOfficePrincipal.IsCookieUser(User) && BackOfficePrincipal.KeyOf(User) is { } key)
        {
            await sessions.RevokeAsync(key, cancellationToken);
        }

        await HttpContext.SignOutAsync(BackOfficeSchemes.Cookie);
        Response.Cookies.Delete(BackOfficeSchemes.XsrfCookieName);
        return LocalRedirect(BackofficeRoutes.Login);
    }

    // Only a path on this site, as Url.IsLocalUrl and LocalRedirect judge it: never "//host", "/\\host", an absolute
    // URL, or a path with control characters ("/\t/host" is "//host" to a browser, and LocalRedirect would throw).
    internal static string? Local(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl[0] == '/'
        && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
        && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : null;

    private ViewResult Page(string? returnUrl, bool error, string language)
    {
        Response.Headers.CacheControl = "no-store";
        var text = new BackofficeText(language);
        var signedIn = User.Identity?.IsAuthenticated == true && !error;
        return View("~/Backoffice/SignIn/SignIn.cshtml", new SignInPage
        {
            Text = text,
            Title = text[signedIn ? "SignedInTitle" : "SignInTitle"],
            ReturnUrl = returnUrl,
            Error = error ? text["WrongCredentials"] : null,
            SignedInAs = signedIn ? User.Identity?.Name : null,
            Language = language,
        });
    }

    // Properties, not a positional record: form binding requires every constructor parameter, and returnUrl is optional.
    public sealed class SignInForm
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public string? ReturnUrl { get; set; }

        /// <summary>The interface language picked on the form: zh-Hans or en.</summary>
        public string? Ui { get; set; }
    }
}

public sealed class SignInPage : ShellPage
{
    public string? ReturnUrl { get; init; }

    public string? Error { get; init; }

    public string? SignedInAs { get; init; }

    public required string Language { get; init; }
}
