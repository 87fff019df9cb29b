using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Account;

/// <summary>The signed-in person's page: who and which role, the interface language, and sign-out.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie)]
[AutoValidateAntiforgeryToken]
public sealed class AccountController : Controller
{
    [HttpGet(BackofficeRoutes.Account)]
    public IActionResult Show()
    {
        var text = ShellContext.Text(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Account/Account.cshtml", new AccountPage
        {
            Text = text,
            Title = text["Account"],
            Tabs = Section.For(User),
            Email = User.Identity?.Name ?? string.Empty,
            Role = User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value ?? string.Empty,
            TwoFactor = BackOfficePrincipal.HasTwoFactor(User),
        });
    }

    [HttpPost(BackofficeRoutes.Account + "/language")]
    public IActionResult SetLanguage([FromForm] string? ui)
    {
        if (UiLanguage.Known(ui) is { } language)
        {
            UiLanguage.Remember(HttpContext, language);
        }

        return Redirect(BackofficeRoutes.Account);
    }
}

public sealed class AccountPage : ShellPage
{
    public required string Email { get; init; }

    public required string Role { get; init; }

    public bool TwoFactor { get; init; }
}
