using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Web.Backoffice.Lists;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Tree;

/// <summary>
/// The recycle bin on the phone: "move to the recycle bin" at the foot of the edit screen takes the item and
/// everything under it off the site; the bin lists what was thrown away (the top of each branch) with "restore",
/// which brings it back, unpublished, under its old parent. Editors and admins, as the Management API's.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Policy = AuthorizationPolicies.ContentPublish)]
[AutoValidateAntiforgeryToken]
public sealed class TrashController(RecycleBinService bin, ContentCards cards, CmsDbContext db) : Controller
{
    public const string Path = "/umbraco/trash";
    public const string TrashDone = "trash";
    public const string RestoreDone = "restore";

    [HttpGet(Path)]
    public async Task<IActionResult> ShowAsync(string? done, CancellationToken cancellationToken)
    {
        var trashed = await db.Documents.AsNoTracking().Where(d => d.Trashed)
            .Select(d => new { d.Key, d.UpdateDate, ParentTrashed = d.ParentId != null && db.Documents.Any(p => p.Id == d.ParentId && p.Trashed) })
            .ToListAsync(cancellationToken);
        var tops = trashed.Where(t => !t.ParentTrashed).OrderByDescending(t => t.UpdateDate).Select(t => t.Key).ToList();
        var byKey = await cards.ByKeysAsync(tops, cancellationToken);
        var text = ShellContext.Text(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Tree/Trash.cshtml", new TrashPage
        {
            Text = text,
            Title = text["RecycleBin"],
            Tabs = Section.For(User),
            Notice = done == TrashDone ? text["Done_trash"] : null,
            Cards = tops.Where(byKey.ContainsKey).Select(k => byKey[k]).ToList(),
        });
    }

    [HttpPost("/umbraco/content/{key:guid}/trash")]
    public async Task<IActionResult> TrashAsync(Guid key, CancellationToken cancellationToken) =>
        await bin.TrashAsync(key, CurrentUser.NameOf(User), cancellationToken) switch
        {
            ContentEditingOperationStatus.Success => Redirect(Path + "?done=" + TrashDone),
            ContentEditingOperationStatus.NotFound or ContentEditingOperationStatus.InTrash => NotFound(),
            var status => Problem(status),
        };

    [HttpPost(Path + "/{key:guid}/restore")]
    public async Task<IActionResult> RestoreAsync(Guid key, CancellationToken cancellationToken) =>
        await bin.RestoreAsync(key, null, CurrentUser.NameOf(User), cancellationToken) switch
        {
            ContentEditingOperationStatus.Success => Redirect(BackofficeRoutes.Edit(key) + "?done=" + RestoreDone),
            ContentEditingOperationStatus.NotFound or ContentEditingOperationStatus.NotInTrash => NotFound(),
            var status => Problem(status),
        };

    /// <summary>A refused move to or from the bin, said in words (a parent still in the bin, a newer change).</summary>
    private ViewResult Problem(ContentEditingOperationStatus status)
    {
        var text = ShellContext.Text(HttpContext);
        Response.StatusCode = status == ContentEditingOperationStatus.ConcurrencyConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Shell/Message.cshtml", new MessagePage
        {
            Text = text,
            Title = text["RecycleBin"],
            Tabs = Section.For(User),
            Message = TreeProblems.Say(text, status),
        });
    }
}

public sealed class TrashPage : ShellPage
{
    public string? Notice { get; init; }

    public required IReadOnlyList<ContentCard> Cards { get; init; }
}

/// <summary>What a refused move, trash or restore means, for the editor.</summary>
public static class TreeProblems
{
    public static string Say(BackofficeText text, ContentEditingOperationStatus status) => status switch
    {
        ContentEditingOperationStatus.ParentInTrash => text["TreeParentInTrash"],
        ContentEditingOperationStatus.NotAllowed => text["TreeNotAllowedHere"],
        ContentEditingOperationStatus.CannotMoveToDescendant => text["TreeUnderItself"],
        ContentEditingOperationStatus.ParentNotFound => text["TreeParentGone"],
        ContentEditingOperationStatus.ConcurrencyConflict => text["ConflictProblem"],
        _ => text.Format("SaveFailed", status),
    };
}
