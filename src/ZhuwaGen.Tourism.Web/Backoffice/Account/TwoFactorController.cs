using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using QRCoder;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Cms.Users.TwoFactor;
using ZhuwaGen.Tourism.Web.Backoffice.Admin;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Account;

/// <summary>
/// Two-factor sign-in for the signed-in person: turn it on (secret as text in groups, as an otpauth:// link and as a
/// QR code drawn on the server, confirmed with a first code), see the recovery codes once, turn it off with a code.
/// Each change ends the account's other sessions and re-issues this one's cookie.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie)]
[AutoValidateAntiforgeryToken]
[AllowWithoutTwoFactor]
public sealed class TwoFactorController(TwoFactorService twoFactor, UserService users, IAntiforgery antiforgery) : Controller
{
    [HttpGet(AdminRoutes.TwoFactor)]
    public async Task<IActionResult> ShowAsync(string? done, CancellationToken cancellationToken)
    {
        if (await MeAsync(cancellationToken) is not { } me)
        {
            return Challenge(BackOfficeSchemes.Cookie);
        }

        return me.TwoFactorSecret is null
            ? Page(me, twoFactor.Begin(me.Key, me.Email), error: null, recovery: null)
            : Page(me, null, error: null, recovery: null, notice: done == "on" ? "TwoFactorTurnedOn" : null);
    }

    [HttpPost(AdminRoutes.TwoFactor)]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> TurnOnAsync([FromForm] string? token, [FromForm] string? code, CancellationToken cancellationToken)
    {
        if (await MeAsync(cancellationToken) is not { } me)
        {
            return Challenge(BackOfficeSchemes.Cookie);
        }

        var (status, recovery) = await twoFactor.ConfirmAsync(me.Key, token, code, ClientKey.Of(HttpContext), cancellationToken);
        if (status == TwoFactorStatus.Success)
        {
            await ReissueAsync(me.Key, cancellationToken);

            // Answered here, not redirected: the recovery codes are on this page once and never stored readable.
            return Page((await MeAsync(cancellationToken))!, null, error: null, recovery: recovery, notice: "TwoFactorTurnedOn");
        }

        if (status == TwoFactorStatus.AlreadyOn)
        {
            return Redirect(AdminRoutes.TwoFactor);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        var enrolment = twoFactor.Resume(me.Key, me.Email, token) ?? twoFactor.Begin(me.Key, me.Email);
        return Page(me, enrolment, error: "TwoFactor_" + status, recovery: null);
    }

    [HttpPost(AdminRoutes.TwoFactor + "/off")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> TurnOffAsync([FromForm] string? code, CancellationToken cancellationToken)
    {
        if (await MeAsync(cancellationToken) is not { } me)
        {
            return Challenge(BackOfficeSchemes.Cookie);
        }

        var status = await twoFactor.DisableAsync(me.Key, code, ClientKey.Of(HttpContext), cancellationToken);
        if (status is TwoFactorStatus.Success or TwoFactorStatus.NotOn)
        {
            await ReissueAsync(me.Key, cancellationToken);
            return Redirect(AdminRoutes.TwoFactor);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page(me, null, error: "TwoFactor_" + status, recovery: null);
    }

    private async Task<Cms.Persistence.Entities.UserEntity?> MeAsync(CancellationToken cancellationToken) =>
        BackOfficePrincipal.KeyOf(User) is { } key ? await users.FindPersonAsync(key, cancellationToken) : null;

    // The change gave the account a new security stamp (ending its other sessions); this session continues with a
    // cookie that carries the new stamp and says whether a second factor is on.
    private async Task ReissueAsync(Guid key, CancellationToken cancellationToken)
    {
        var user = await users.FindPersonAsync(key, cancellationToken);
        if (user is null)
        {
            return;
        }

        var principal = BackOfficePrincipal.Create(user);
        await HttpContext.SignInAsync(BackOfficeSchemes.Cookie, principal);
        HttpContext.User = principal;
        XsrfProtection.IssueTokens(HttpContext, antiforgery);
    }

    private ViewResult Page(
        Cms.Persistence.Entities.UserEntity me, TwoFactorEnrolment? enrolment, string? error, IReadOnlyList<string>? recovery, string? notice = null)
    {
        var text = ShellContext.Text(HttpContext);
        var admin = new AdminText(text);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Account/TwoFactor.cshtml", new TwoFactorPage
        {
            Text = text,
            Title = admin["TwoFactorTitle"],
            Tabs = Section.For(User),
            IsOn = me.TwoFactorSecret is not null,
            RecoveryCodesLeft = twoFactor.RecoveryCodesLeft(me),
            Enrolment = enrolment,
            QrCode = enrolment is null ? null : QrDataUri(enrolment.Uri),
            RecoveryCodes = recovery,
            Error = error is null ? null : admin[error],
            Notice = notice is null ? null : admin[notice],
            Required = User.IsInRole(UserRoles.Admin) && !BackOfficePrincipal.HasTwoFactor(User)
                && HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SignInSecurityOptions>>().Value.RequireTwoFactorForAdmins,
        });
    }

    // An <img> with a data: URI: the site's Content-Security-Policy allows data: images, and an inline <svg> would
    // need no more, but an image is announced with its alt text as one thing.
    private static string QrDataUri(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(6, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}

public sealed class TwoFactorPage : AdminPage
{
    public bool IsOn { get; init; }

    public int RecoveryCodesLeft { get; init; }

    public TwoFactorEnrolment? Enrolment { get; init; }

    public string? QrCode { get; init; }

    /// <summary>Just turned on: the only time the recovery codes are on a page.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; init; }

    /// <summary>The site requires administrators to use a second factor and this one has none yet.</summary>
    public bool Required { get; init; }
}
