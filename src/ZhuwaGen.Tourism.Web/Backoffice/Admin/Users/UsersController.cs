using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Cms.Users.TwoFactor;
using ZhuwaGen.Tourism.Web.Backoffice.Bookings;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Admin.Users;

/// <summary>
/// People's accounts for an administrator: the list as cards, a new account (with a password, or a mailed
/// set-your-password link so the person chooses their own; a guesthouse owner bound to their guesthouses in the same
/// step), and per account its name and role, disable or enable, lift lockouts, and turn off two-factor sign-in for
/// someone who lost their phone. Later changes of guesthouse bindings are on the owners screen.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = UserRoles.Admin)]
[AutoValidateAntiforgeryToken]
public sealed class UsersController(UserAccounts accounts, TwoFactorService twoFactor, GuesthouseAccess guesthouses, TimeProvider clock) : Controller
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

    /// <summary>The new-account form; <c>?role=guesthouseOwner</c> (the owners screen's link) starts with that role.</summary>
    [HttpGet(AdminRoutes.Users + "/new")]
    public async Task<IActionResult> NewAsync(string? role, CancellationToken cancellationToken) =>
        await NewPageAsync(new NewUserForm { Role = UserRoles.IsRole(role) ? role : null }, error: null, cancellationToken);

    [HttpPost(AdminRoutes.Users + "/new")]
    public async Task<IActionResult> CreateAsync([FromForm] NewUserForm form, CancellationToken cancellationToken)
    {
        var known = (await guesthouses.ForAsync(User, ShellContext.Text(HttpContext).Language, cancellationToken)).Select(g => g.Key).ToHashSet();
        var chosen = (form.Guesthouse ?? []).Where(known.Contains).Distinct().ToList();
        if (chosen.Count > 0 && form.Role != UserRoles.GuesthouseOwner)
        {
            // Start nodes of other roles would mean something else (a content subtree); refuse rather than guess.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await NewPageAsync(form, "GuesthousesOnlyForOwners", cancellationToken);
        }

        var status = form.Invite != "password" || !string.IsNullOrEmpty(form.Password)
            ? await accounts.CreateAsync(
                form.Name ?? string.Empty, form.Email ?? string.Empty, form.Role ?? string.Empty,
                form.Invite == "password" ? form.Password : null, CurrentUser.NameOf(User), cancellationToken, chosen)
            : UserOperationStatus.InvalidPassword;
        if (status == UserOperationStatus.Success)
        {
            var done = form.Invite == "password" ? "created" : "invited";
            // An owner's next stop is the owners screen, where the new card shows the guesthouses just ticked.
            return Redirect(form.Role == UserRoles.GuesthouseOwner ? OwnersController.Path + "?done=" + done : AdminRoutes.Users + "?done=" + done);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await NewPageAsync(form, "UserError_" + status, cancellationToken);
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

    /// <param name="error">The string key of why the post was refused (<c>UserError_…</c>), or null.</param>
    private async Task<ViewResult> NewPageAsync(NewUserForm form, string? error, CancellationToken cancellationToken)
    {
        var text = ShellContext.Text(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Admin/Users/NewUser.cshtml", new NewUserPage
        {
            Text = text,
            Title = new AdminText(text)["NewUser"],
            Tabs = Section.For(User),
            Form = form,
            Guesthouses = await guesthouses.ForAsync(User, text.Language, cancellationToken),
            Error = error is null ? null : new AdminText(text)[error],
            ErrorField = error switch
            {
                "UserError_InvalidName" => "name",
                "UserError_InvalidEmail" or "UserError_DuplicateEmail" => "email",
                "UserError_InvalidPassword" => "password",
                "GuesthousesOnlyForOwners" or "UserError_UnknownStartNode" => "guesthouse",
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

        /// <summary>The guesthouses a new owner runs (check boxes), bound as their document start nodes.</summary>
        public List<Guid>? Guesthouse { get; set; }
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

    public required IReadOnlyList<ManagedGuesthouse> Guesthouses { get; init; }

    public string? ErrorField { get; init; }
}
