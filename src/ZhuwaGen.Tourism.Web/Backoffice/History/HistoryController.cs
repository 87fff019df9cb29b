using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.History;

/// <summary>
/// An item's version history: the versions as cards, each one's differences from the current draft (DiffPlex), and
/// "roll back to this version", which makes that version the new draft (editors and admins, as the Management API's
/// rollback) and returns to the item. The live version is not touched until the editor publishes.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = BackofficeUser.ContentRoles)]
[AutoValidateAntiforgeryToken]
public sealed class HistoryController(Editing.EditScreen screen, DocumentQueries queries, DocumentVersionService versions) : Controller
{
    public const string RollbackDone = "rollback";

    [HttpGet("/umbraco/content/{key:guid}/history")]
    public async Task<IActionResult> ListAsync(Guid key, CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(key, cancellationToken) is not { Trashed: false } document)
        {
            return NotFound();
        }

        var text = ShellContext.Text(HttpContext);
        var cards = (await queries.GetVersionsAsync(key, cancellationToken)).Select(v => Card(key, v, text)).ToList();
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/History/History.cshtml", new HistoryPage
        {
            Text = text,
            Title = text.Format("HistoryOf", TitleOf(document)),
            Tabs = Section.For(User),
            CurrentTab = Section.ForType(document.ContentTypeAlias),
            Key = key,
            Versions = cards,
        });
    }

    [HttpGet("/umbraco/content/{key:guid}/history/{versionId:int}")]
    public async Task<IActionResult> ShowAsync(Guid key, int versionId, CancellationToken cancellationToken) =>
        await VersionScreenAsync(key, versionId, null, cancellationToken) ?? NotFound();

    [HttpPost("/umbraco/content/{key:guid}/history/{versionId:int}/rollback")]
    public async Task<IActionResult> RollbackAsync(Guid key, int versionId, [FromForm] string? culture, CancellationToken cancellationToken)
    {
        // The roles of the Management API's rollback (its ContentPublish policy), answered with 403 as a writer's
        // publish is: the cookie's access-denied answer outside the API is a redirect to sign-in.
        if (!BackofficeUser.CanPublish(User))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        // Without a language the whole version comes back, as the diff above the buttons shows it; with one, only that
        // language's name and values (Umbraco's rollback per culture), so a fix in English survives undoing Chinese.
        var only = string.IsNullOrEmpty(culture) ? null : culture;
        var result = await versions.RollbackAsync(key, versionId, only, CurrentUser.NameOf(User), cancellationToken);
        if (result.Succeeded)
        {
            return Redirect(BackofficeRoutes.Edit(key, only) + (only is null ? "?" : "&") + "done=" + RollbackDone);
        }

        if (result.Status is ContentEditingOperationStatus.NotFound or ContentEditingOperationStatus.InvalidVersion or ContentEditingOperationStatus.InTrash)
        {
            return NotFound();
        }

        var text = ShellContext.Text(HttpContext);
        var problem = result.Errors is { Count: > 0 } errors
            ? text.Format("RollbackFailed", string.Join(" ", errors.Select(e => e.Message)))
            : text.Format("RollbackFailed", result.Status);
        Response.StatusCode = result.Status == ContentEditingOperationStatus.ConcurrencyConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return await VersionScreenAsync(key, versionId, problem, cancellationToken) ?? NotFound();
    }

    private async Task<IActionResult?> VersionScreenAsync(Guid key, int versionId, string? problem, CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(key, cancellationToken) is not { Trashed: false } document
            || screen.Schema.FindContentType(document.ContentTypeAlias) is not { } type
            || (await queries.GetVersionsAsync(key, cancellationToken)).FirstOrDefault(v => v.Id == versionId) is not { } version
            || await queries.GetVersionDataAsync(key, versionId, cancellationToken) is not { } data)
        {
            return null;
        }

        var text = ShellContext.Text(HttpContext);
        var differences = VersionDiff.Compare(screen.Schema, type, data, document.Draft, text);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/History/Version.cshtml", new VersionPage
        {
            Text = text,
            Title = TitleOf(document),
            Tabs = Section.For(User),
            CurrentTab = Section.ForType(document.ContentTypeAlias),
            Key = key,
            Version = Card(key, version, text),
            Differences = differences,
            RollbackCultures = type.VariesByCulture
                ? differences.Select(d => d.Culture).OfType<string>().Where(data.Names.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
                : [],
            IsCurrentDraft = version.IsCurrentDraft,
            CanRollBack = BackofficeUser.CanPublish(User) && !version.IsCurrentDraft,
            Problem = problem,
        });
    }

    private string TitleOf(DocumentView document) =>
        document.Draft.Names.GetValueOrDefault(screen.Schema.DefaultCulture)
        ?? document.Draft.Names.Values.FirstOrDefault()
        ?? document.Key.ToString();

    private static VersionCard Card(Guid key, DocumentVersionView version, BackofficeText text) => new(
        version.Id,
        text.DateTime(ShanghaiTime.FromUtc(version.VersionDate)),
        version.CreatedBy,
        version switch
        {
            { IsCurrentDraft: true, IsCurrentPublished: true } => text["Version_live"],
            { IsCurrentDraft: true } => text["Version_draft"],
            { IsCurrentPublished: true } => text["Version_live"],
            { IsPublishedVersion: true } => text["Version_published"],
            _ => text["Version_saved"],
        },
        $"/umbraco/content/{key}/history/{version.Id}");
}
