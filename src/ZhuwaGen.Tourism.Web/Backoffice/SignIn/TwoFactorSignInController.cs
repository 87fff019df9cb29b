using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Users.TwoFactor;
using ZhuwaGen.Tourism.Web.Backoffice.Admin;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.SignIn;

/// <summary>
/// The second step of signing in to an account with two-factor sign-in: the six-digit code from the app (or a recovery
/// code), limited per client address like the password and throttled per (account, client) like wrong passwords. The
/// sign-in cookie is issued only here, after the code.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowWithoutTwoFactor]
public sealed class TwoFactorSignInController(TwoFactorService twoFactor, IAntiforgery antiforgery) : Controller
{
    [HttpGet(AdminRoutes.SignInCode)]
    public IActionResult Show() => TwoFactorPending.Read(HttpContext) is null ? Redirect(BackofficeRoutes.Login) : Page(error: null);

    [HttpPost(AdminRoutes.SignInCode)]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> VerifyAsync([FromForm] string? code, CancellationToken cancellationToken)
    {
        if (TwoFactorPending.Read(HttpContext) is not { } pending)
        {
            return Redirect(BackofficeRoutes.Login);
        }

        var (status, user) = await twoFactor.SignInAsync(pending.Key, pending.Stamp, code, ClientKey.Of(HttpContext), cancellationToken);
        if (status == TwoFactorStatus.Expired)
        {
            TwoFactorPending.End(HttpContext);
            return Redirect(BackofficeRoutes.Login);
        }

        if (status != TwoFactorStatus.Success || user is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page(status == TwoFactorStatus.LockedOut ? "CodeLockedOut" : "WrongCode");
        }

        TwoFactorPending.End(HttpContext);
        var principal = BackOfficePrincipal.Create(user);
        await HttpContext.SignInAsync(BackOfficeSchemes.Cookie, principal);
        HttpContext.User = principal;
        XsrfProtection.IssueTokens(HttpContext, antiforgery);
        return LocalRedirect(pending.ReturnUrl ?? BackofficeRoutes.Home);
    }

    private ViewResult Page(string? error)
    {
        Response.Headers.CacheControl = "no-store";
        var text = ShellContext.Text(HttpContext);
        var admin = new AdminText(text);
        return View("~/Backoffice/SignIn/Code.cshtml", new CodePage
        {
            Text = text,
            Title = admin["CodeTitle"],
            Error = error is null ? null : admin[error],
        });
    }
}

public sealed class CodePage : AdminPage;
