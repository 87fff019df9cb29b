using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Cms.Users.TwoFactor;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Admin.Users;

/// <summary>
/// People's accounts for an administrator: the list as cards, a new account (with a password, or a mailed reset link
/// so the person chooses their own), and per account its name and role, disable or enable, lift lockouts, and turn off
/// two-factor sign-in for someone who lost their phone. Guesthouse bindings stay on the owners screen.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = UserRoles.Admin)]
[AutoValidateAntiforgeryToken]
public sealed class UsersController(UserAccounts accounts, TwoFactorService twoFactor, TimeProvider clock) : Controller
{
    [HttpGet(AdminRoutes.Users)]
    public async Task<IActionResult> ListAsync(string? done, CancellationToken cancellationToken)
    {
        var text = ShellContext.Text(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Admin/Users/Users.cshtml", new UsersPage
        {
            Text = text,
            Title = new AdminText(text)["UsersTitle"],
            Tabs = Section.For(User),
            Users = await accounts.ListAsync(cancellationToken),
            Notice = Notice(text, done),
        });
    }

    [HttpGet(AdminRoutes.Users + "/new")]
    public IActionResult New() => NewPage(new NewUserForm(), error: null);

    [HttpPost(AdminRoutes.Users + "/new")]
    public async Task<IActionResult> CreateAsync([FromForm] NewUserForm form, CancellationToken cancellationToken)
    {
        var status = form.Invite != "password" || !string.IsNullOrEmpty(form.Password)
            ? await accounts.CreateAsync(
                form.Name ?? string.Empty, form.Email ?? string.Empty, form.Role ?? string.Empty,
                form.Invite == "password" ? form.Password : null, CurrentUser.NameOf(User), cancellationToken)
            : UserOperationStatus.InvalidPassword;
        if (status == UserOperationStatus.Success)
        {
            return Redirect(AdminRoutes.Users + (form.Invite == "password" ? "?done=created" : "?done=invited"));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return NewPage(form, status);
    }

    [HttpGet(AdminRoutes.Users + "/{key:guid}")]
    public async Task<IActionResult> ShowAsync(Guid key, string? done, CancellationToken cancellationToken) =>
        await EditPageAsync(key, done, error: null, cancellationToken);

    [HttpPost(AdminRoutes.Users + "/{key:guid}")]
    public async Task<IActionResult> SaveAsync(Guid key, [FromForm] string? name, [FromForm] string? role, CancellationToken cancellationToken) =>
        await AfterAsync(key, "saved", await accounts.SaveAsync(
            key, name ?? string.Empty, role ?? string.Empty, Me, CurrentUser.NameOf(User), cancellationToken), cancellationToken);

    [HttpPost(AdminRoutes.Users + "/{key:guid}/disable")]
    public async Task<IActionResult> DisableAsync(Guid key, CancellationToken cancellationToken) =>
        await AfterAsync(key, "disabled", await accounts.SetDisabledAsync(key, true, Me, CurrentUser.NameOf(User), cancellationToken), cancellationToken);

    [HttpPost(AdminRoutes.Users + "/{key:guid}/enable")]
    public async Task<IActionResult> EnableAsync(Guid key, CancellationToken cancellationToken) =>
        await AfterAsync(key, "enabled", await accounts.SetDisabledAsync(key, false, Me, CurrentUser.NameOf(User), cancellationToken), cancellationToken);

    [HttpPost(AdminRoutes.Users + "/{key:guid}/unlock")]
    public async Task<IActionResult> UnlockAsync(Guid key, CancellationToken cancellationToken) =>
        await AfterAsync(key, "unlocked", await accounts.UnlockAsync(key, CurrentUser.NameOf(User), cancellationToken), cancellationToken);

    [HttpPost(AdminRoutes.Users + "/{key:guid}/two-factor-off")]
    public async Task<IActionResult> TwoFactorOffAsync(Guid key, CancellationToken cancellationToken)
    {
        await twoFactor.ResetAsync(key, CurrentUser.NameOf(User), cancellationToken);
        return Redirect(AdminRoutes.User(key) + "?done=twofactoroff");
    }

    private Guid Me => BackOfficePrincipal.KeyOf(User) ?? Guid.Empty;

    private async Task<IActionResult> AfterAsync(Guid key, string done, UserOperationStatus status, CancellationToken cancellationToken)
    {
        if (status == UserOperationStatus.Success)
        {
            return Redirect(AdminRoutes.User(key) + "?done=" + done);
        }

        if (status == UserOperationStatus.NotFound)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await EditPageAsync(key, null, status, cancellationToken);
    }

    private async Task<IActionResult> EditPageAsync(Guid key, string? done, UserOperationStatus? error, CancellationToken cancellationToken)
    {
        if (await accounts.GetAsync(key, cancellationToken) is not { } account)
        {
            return NotFound();
        }

        var text = ShellContext.Text(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Admin/Users/User.cshtml", new UserPage
        {
            Text = text,
            Title = account.Name,
            Tabs = Section.For(User),
            Account = account,
            IsMe = account.Key == Me,
            Notice = Notice(text, done),
            Error = error is { } status ? new AdminText(text)["UserError_" + status] : null,
        });
    }

    private ViewResult NewPage(NewUserForm form, UserOperationStatus? error)
    {
        var text = ShellContext.Text(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Admin/Users/NewUser.cshtml", new NewUserPage
        {
            Text = text,
            Title = new AdminText(text)["NewUser"],
            Tabs = Section.For(User),
            Form = form,
            Error = error is { } status ? new AdminText(text)["UserError_" + status] : null,
            ErrorField = error switch
            {
                UserOperationStatus.InvalidName => "name",
                UserOperationStatus.InvalidEmail or UserOperationStatus.DuplicateEmail => "email",
                UserOperationStatus.InvalidPassword => "password",
                _ => null,
            },
        });
    }

    private string? Notice(BackofficeText text, string? done) =>
        done is { Length: > 0 and < 20 } && done.All(char.IsAsciiLetter)
            ? new AdminText(text).Format("Done_" + done, text.Time(ShanghaiTime.FromUtc(clock.GetUtcNow().UtcDateTime)))
            : null;

    // Properties, not a positional record: the password is optional.
    public sealed class NewUserForm
    {
        public string? Name { get; set; }

        public string? Email { get; set; }

        public string? Role { get; set; }

        /// <summary>"link" (mail a reset link, the default) or "password" (set one now).</summary>
        public string? Invite { get; set; }

        public string? Password { get; set; }
    }
}

public sealed class UsersPage : AdminPage
{
    public required IReadOnlyList<UserAccount> Users { get; init; }
}

public sealed class UserPage : AdminPage
{
    public required UserAccount Account { get; init; }

    public bool IsMe { get; init; }
}

public sealed class NewUserPage : AdminPage
{
    public required UsersController.NewUserForm Form { get; init; }

    public string? ErrorField { get; init; }
}
