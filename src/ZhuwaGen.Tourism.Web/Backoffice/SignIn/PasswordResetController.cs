using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.SignIn;

/// <summary>
/// "Forgot your password?": ask for a reset mail (the same answer whatever the address, rate-limited like sign-in),
/// then choose a new password from the mailed link or code. Plain forms with antiforgery; no script.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Admin.AllowWithoutTwoFactor]
public sealed class PasswordResetController(PasswordResets resets) : Controller
{
    [HttpGet(BackofficeRoutes.ForgotPassword)]
    public IActionResult Forgot() => Page("Forgot.cshtml", new PasswordResetPage { Text = Text, Title = Text["ForgotTitle"] });

    [HttpPost(BackofficeRoutes.ForgotPassword)]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> RequestAsync([FromForm] string? email, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(email) && email.Length <= 255)
        {
            await resets.RequestAsync(email, cancellationToken);
        }

        return Page("Forgot.cshtml", new PasswordResetPage { Text = Text, Title = Text["ForgotTitle"], Sent = true });
    }

    [HttpGet(BackofficeRoutes.ResetPassword)]
    public async Task<IActionResult> ResetAsync(string? token, CancellationToken cancellationToken) =>
        Page("Reset.cshtml", new PasswordResetPage
        {
            Text = Text,
            Title = Text["ForgotTitle"],
            Token = token,
            Error = token is not null && !await resets.IsUsableAsync(token, cancellationToken) ? Text["ResetInvalid"] : null,
        });

    [HttpPost(BackofficeRoutes.ResetPassword)]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> ResetAsync([FromForm] ResetForm form, CancellationToken cancellationToken)
    {
        var error = form.Password != form.Repeat ? "ResetMismatch" : null;
        if (error is null)
        {
            switch (await resets.ResetAsync(form.Token, form.Password, cancellationToken))
            {
                case PasswordResetStatus.Success:
                    return Page("Reset.cshtml", new PasswordResetPage { Text = Text, Title = Text["ForgotTitle"], Done = true });
                case PasswordResetStatus.InvalidPassword:
                    error = "ResetTooShort";
                    break;
                default:
                    error = "ResetInvalid";
                    break;
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page("Reset.cshtml", new PasswordResetPage { Text = Text, Title = Text["ForgotTitle"], Token = form.Token, Error = Text[error] });
    }

    private BackofficeText Text => new(UiLanguage.Of(HttpContext));

    private ViewResult Page(string view, PasswordResetPage model)
    {
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/SignIn/" + view, model);
    }

    // Properties, not a positional record: form binding requires every constructor parameter.
    public sealed class ResetForm
    {
        public string? Token { get; set; }

        public string? Password { get; set; }

        public string? Repeat { get; set; }
    }
}

public sealed class PasswordResetPage : ShellPage
{
    public bool Sent { get; init; }

    public bool Done { get; init; }

    public string? Token { get; init; }

    public string? Error { get; init; }
}
