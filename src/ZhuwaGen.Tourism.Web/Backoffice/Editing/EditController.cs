using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Reviews;
using ZhuwaGen.Tourism.Web.Backoffice.Lists;
using ZhuwaGen.Tourism.Web.Backoffice.Pickers;
using ZhuwaGen.Tourism.Web.Backoffice.Review;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Editing;

/// <summary>
/// The edit screen: shows an item's draft in one culture; "save draft" saves it and stays on the item; "publish"
/// saves and publishes that culture (editors and admins only); "unpublish" takes that culture off the site. Every
/// save names the revision the form was opened at, so a save against a newer version is refused, never lost.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = BackofficeUser.ContentRoles)]
[AutoValidateAntiforgeryToken]
public sealed class EditController(
    EditScreen screen,
    DocumentQueries queries,
    DocumentService documents,
    PublishingService publishing,
    AfterSave afterSave,
    ItemReviews itemReviews,
    TimeProvider clock) : Controller
{
    public const string SaveAction = "save";
    public const string PublishAction = AfterSave.Publish;

    /// <summary>A writer's "submit for review": saves the draft, then asks an editor to publish the item.</summary>
    public const string SubmitAction = AfterSave.Submit;

    /// <summary>The writer's note to the reviewer, posted with the edit form.</summary>
    public const string ReviewNoteField = "reviewNote";

    [KeepOffline]
    [HttpGet("/umbraco/content/{key:guid}")]
    public async Task<IActionResult> ShowAsync(Guid key, string? culture, string? done, CancellationToken cancellationToken)
    {
        var document = await queries.GetAsync(key, cancellationToken);
        if (document is null || document.Trashed || screen.Schema.FindContentType(document.ContentTypeAlias) is not { } type)
        {
            return NotFound();
        }

        var text = ShellContext.Text(HttpContext);
        var current = screen.CultureFor(type, culture);
        var at = text.Time(ShanghaiTime.FromUtc(document.UpdateDate));
        string? notice = done is SaveAction or PublishAction or UnpublishDone or AfterSave.Schedule or AfterSave.PublishBranch
            or History.HistoryController.RollbackDone or Tree.SortController.SortDone or Tree.MoveController.MoveDone or Tree.TrashController.RestoreDone
            ? text.Format("Done_" + done, at)
            : done == PickerController.PickDone ? PickerText.Of(text).Format("Done_pick", at)
            : done is not null && ReviewText.DoneKeys.Contains(done) ? ReviewText.Of(text).Format("Done_" + done, text.Time(ShanghaiTime.FromUtc(clock.GetUtcNow().UtcDateTime)))
            : null;
        return await ScreenAsync(document, current, document.Draft, [], notice, null, cancellationToken);
    }

    [HttpPost("/umbraco/content/{key:guid}")]
    public async Task<IActionResult> SaveAsync(Guid key, string? culture, [FromForm] string? intent, [FromForm] int revision, CancellationToken cancellationToken)
    {
        var document = await queries.GetAsync(key, cancellationToken);
        if (document is null || document.Trashed || screen.Schema.FindContentType(document.ContentTypeAlias) is not { } type)
        {
            return NotFound();
        }

        if (AfterSave.NeedsPublishRight(intent) && !BackofficeUser.CanPublish(User))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var text = ShellContext.Text(HttpContext);
        var current = screen.CultureFor(type, culture);
        var (names, values) = screen.Read(type, current, Request.Form);
        if (EditIntent.Parse(intent) is { InForm: true } change)
        {
            // Remove, move, add and preview change the form only: shown again with what was typed, nothing saved.
            var changed = StructuredOps.Apply(screen.Schema, type, values, change);
            return await ScreenAsync(document with { Revision = revision }, current, EditScreen.Overlay(document.Draft, names, changed), [], null, null,
                cancellationToken, change.Verb == EditIntent.Preview ? [change.Alias] : []);
        }

        var user = CurrentUser.NameOf(User);
        var saved = await documents.SaveDraftAsync(key, new DocumentEdit(names, values, revision), user, cancellationToken);
        if (!saved.Succeeded)
        {
            if (saved.Status == ContentEditingOperationStatus.ConcurrencyConflict)
            {
                // Both versions of each differing field are shown, and the form now names the newer revision: saving
                // again is the editor's deliberate choice to keep theirs; "open the latest" keeps the other one.
                Response.StatusCode = StatusCodes.Status409Conflict;
                var latest = await queries.GetAsync(key, cancellationToken) ?? document;
                return await ScreenAsync(
                    latest, current, EditScreen.Overlay(latest.Draft, names, values), [], null, text["ConflictProblem"], cancellationToken,
                    conflicts: EditConflicts.Between(screen.Schema, type, current, latest.Draft, names, values, text));
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            var problem = saved.Errors is { Count: > 0 } ? text["FixErrors"] : text.Format("SaveFailed", saved.Status);
            return await ScreenAsync(
                document with { Revision = revision }, current, EditScreen.Overlay(document.Draft, names, values), saved.Errors ?? [], null, problem, cancellationToken);
        }

        if (AfterSave.IsStep(intent))
        {
            if (await afterSave.RunAsync(intent!, key, type, current, Request.Form, User, text, cancellationToken) is { } stopped)
            {
                // The draft is saved; what was asked after it was not done, and the screen says why.
                Response.StatusCode = StatusCodes.Status400BadRequest;
                var fresh = await queries.GetAsync(key, cancellationToken) ?? saved.Document!;
                return await ScreenAsync(fresh, current, fresh.Draft, stopped.Errors, null, stopped.Message, cancellationToken);
            }

            return Redirect(BackofficeRoutes.Edit(key, current) + "&done=" + intent);
        }

        // "Choose" saved the draft first, so the picker screen can be an ordinary page and nothing typed is lost.
        if (EditIntent.Parse(intent) is { Verb: EditIntent.Pick } pick)
        {
            return Redirect(PickerController.PathOf(key, pick.Alias, current));
        }

        return Redirect(BackofficeRoutes.Edit(key, current) + "&done=" + SaveAction);
    }

    [HttpPost("/umbraco/content/{key:guid}/unpublish")]
    [Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Policy = AuthorizationPolicies.ContentPublish)]
    public async Task<IActionResult> UnpublishAsync(Guid key, string? culture, CancellationToken cancellationToken)
    {
        var document = await queries.GetAsync(key, cancellationToken);
        if (document is null || screen.Schema.FindContentType(document.ContentTypeAlias) is not { } type)
        {
            return NotFound();
        }

        var current = screen.CultureFor(type, culture);
        var result = await publishing.UnpublishAsync(key, type.VariesByCulture ? [current] : [], CurrentUser.NameOf(User), cancellationToken);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ScreenAsync(document, current, document.Draft, [], null, PublishProblem(ShellContext.Text(HttpContext), result), cancellationToken);
        }

        return Redirect(BackofficeRoutes.Edit(key, current) + "&done=" + UnpublishDone);
    }

    private const string UnpublishDone = "unpublish";

    private async Task<ViewResult> ScreenAsync(
        DocumentView document, string culture, DocumentData data, IReadOnlyList<PropertyValidationError> errors, string? notice, string? problem,
        CancellationToken cancellationToken, IReadOnlyCollection<string>? previews = null, IReadOnlyList<FieldConflict>? conflicts = null)
    {
        Response.Headers.CacheControl = "no-store";
        var type = screen.Schema.FindContentType(document.ContentTypeAlias)!;
        var state = document.Cultures.FirstOrDefault(c => string.Equals(c.Culture, culture, StringComparison.OrdinalIgnoreCase)) switch
        {
            null => CultureState.Missing,
            { IsPublished: true, Edited: true } => CultureState.PublishedWithChanges,
            { IsPublished: true } => CultureState.Published,
            _ => CultureState.Draft,
        };
        var schedule = document.Cultures.FirstOrDefault(c => string.Equals(c.Culture, culture, StringComparison.OrdinalIgnoreCase));
        var page = screen.Build(new EditRequest(type, data, culture, ShellContext.Text(HttpContext), User, BackofficeRoutes.Edit(document.Key), errors)
        {
            ScheduledPublish = schedule?.ScheduledPublishDate,
            ScheduledUnpublish = schedule?.ScheduledUnpublishDate,
            Key = document.Key,
            Revision = document.Revision,
            State = state,
            Notice = notice,
            Problem = problem,
            Previews = new HashSet<string>(previews ?? [], StringComparer.OrdinalIgnoreCase),
            Unsaved = previews is not null || conflicts is not null,
            Conflicts = conflicts ?? [],
            HasChildren = (await queries.GetTreeLevelAsync(document.Key, 0, 0, cancellationToken))?.Total > 0, // the count only
            Review = await itemReviews.ForAsync(document.Key, culture, User, Request, cancellationToken),
        });
        return View("~/Backoffice/Editing/Edit.cshtml", page);
    }

    internal static string PublishProblem(BackofficeText text, PublishResult result) => result.Status switch
    {
        ContentPublishingOperationStatus.ContentInvalid => text["PublishInvalid"],
        ContentPublishingOperationStatus.MandatoryCultureMissing =>
            text.Format("PublishMandatoryMissing", string.Join(", ", (result.MissingCultures ?? []).Select(c => text["Lang_" + c]))),
        ContentPublishingOperationStatus.PathNotPublished => text["PublishParentNotPublished"],
        ContentPublishingOperationStatus.CannotUnpublishWhenNotPublished => text["NotPublished"],
        _ => text.Format("PublishFailed", result.Status),
    };
}
