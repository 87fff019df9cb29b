using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Bookings;

/// <summary>
/// An administrator binds guesthouse owners to guesthouses from the phone: one card per owner with a check box per
/// guesthouse, and a link to the new-account form, which creates an owner already bound. Saving replaces the owner's guesthouse start nodes and keeps any other start node they have (such as
/// the stays list, which binds them to every guesthouse under it), as the Management API's PUT /user/{id} would.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = UserRoles.Admin)]
[ForbiddenAsPage(ForbiddenAsPageAttribute.AdminsOnly)]
[AutoValidateAntiforgeryToken]
public sealed class OwnersController(UserStartNodes startNodes, GuesthouseAccess access, TimeProvider clock) : Controller
{
    public const string Path = BackofficeRoutes.Bookings + "/owners";

    [HttpGet(Path)]
    public async Task<IActionResult> ShowAsync(string? done, CancellationToken cancellationToken)
    {
        var text = ShellContext.Text(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Bookings/Owners.cshtml", new OwnersPage
        {
            Text = text,
            Title = text["OwnersTitle"],
            CurrentTab = Section.Bookings,
            Tabs = Section.For(User),
            Owners = await startNodes.ListAsync(UserRoles.GuesthouseOwner, cancellationToken),
            Guesthouses = await access.ForAsync(User, text.Language, cancellationToken),
            // "created" and "invited" come from the new-account form, which sends a new owner's creator here.
            Notice = done is "saved" or "created" or "invited"
                ? text.Format(done == "saved" ? "Done_owner" : "Done_owner_" + done, text.Time(ShanghaiTime.FromUtc(clock.GetUtcNow().UtcDateTime)))
                : null,
        });
    }

    [HttpPost(Path + "/{key:guid}")]
    public async Task<IActionResult> SaveAsync(Guid key, [FromForm] List<Guid>? guesthouse, CancellationToken cancellationToken)
    {
        var owner = (await startNodes.ListAsync(UserRoles.GuesthouseOwner, cancellationToken)).FirstOrDefault(o => o.Key == key);
        if (owner is null)
        {
            return NotFound();
        }

        var all = (await access.ForAsync(User, ShellContext.Text(HttpContext).Language, cancellationToken)).Select(g => g.Key).ToHashSet();
        var chosen = (guesthouse ?? []).Where(all.Contains);
        var kept = owner.DocumentStartNodes.Where(n => !all.Contains(n));
        var status = await startNodes.SetAsync(key, kept.Concat(chosen).ToList(), cancellationToken);
        return status == UserOperationStatus.Success ? Redirect(Path + "?done=saved") : BadRequest();
    }
}

public sealed class OwnersPage : ShellPage
{
    public required IReadOnlyList<UserWithStartNodes> Owners { get; init; }

    public required IReadOnlyList<ManagedGuesthouse> Guesthouses { get; init; }

    public string? Notice { get; init; }
}
