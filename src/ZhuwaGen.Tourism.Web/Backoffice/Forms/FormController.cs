using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>
/// /umbraco/forms/{id}: one form in one content language. Its texts (name, submit label, message on submit) save in one
/// post; each field card moves up or down in one post; removing a field goes through its own confirm screen; delete is
/// at the foot with a tick. Every change names the revision the screen showed and goes through
/// <see cref="FormDefinitionService"/>: a newer revision refuses it (409, what was typed kept), a broken rule refuses
/// it with the problem beside the field that caused it (400); nothing is stored either way.
/// </summary>
public sealed class FormController(FormDefinitionService definitions, FormScreen screen, FormOverview overview, TimeProvider clock) : FormsControllerBase
{
    public static readonly IReadOnlySet<string> DoneKeys = new HashSet<string>(StringComparer.Ordinal) { "created", "saved", "added", "field", "moved", "removed" };

    [HttpGet("/umbraco/forms/{id:guid}")]
    public async Task<IActionResult> ShowAsync(Guid id, string? culture, string? done, CancellationToken cancellationToken)
    {
        if (await definitions.GetAsync(id, cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        var notice = done is not null && DoneKeys.Contains(done) ? Strings.Format("Done_" + done, Text.Time(Shell.ShanghaiTime.FromUtc(clock.GetUtcNow().UtcDateTime))) : null;
        return await ScreenAsync(stored, screen.CultureFor(culture), new FormScreenState { Notice = notice }, cancellationToken);
    }

    [HttpPost("/umbraco/forms/{id:guid}")]
    public async Task<IActionResult> SaveTextsAsync(
        Guid id, [FromForm] string? culture, [FromForm] int revision, [FromForm] string? name, [FromForm] string? submitLabel, [FromForm] string? messageOnSubmit,
        CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return ReadOnly();
        }

        if (await definitions.GetAsync(id, cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        var current = screen.CultureFor(culture);
        var edited = FormEdits.WithTexts(stored.Form, name ?? string.Empty, current, submitLabel, messageOnSubmit);
        var typed = new FormScreenState { Name = name ?? string.Empty, SubmitLabel = submitLabel ?? string.Empty, MessageOnSubmit = messageOnSubmit ?? string.Empty };
        return await ApplyAsync(stored, edited, revision, current, "saved", null, typed, cancellationToken);
    }

    [HttpPost("/umbraco/forms/{id:guid}/fields/{field:guid}/move")]
    public async Task<IActionResult> MoveAsync(Guid id, Guid field, [FromForm] string? culture, [FromForm] int revision, [FromForm] string? direction, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return ReadOnly();
        }

        if (await definitions.GetAsync(id, cancellationToken) is not { } stored || stored.Form.FieldById(field) is null)
        {
            return NotFound();
        }

        var edited = FormEdits.Move(stored.Form, field, up: direction != "down");
        return await ApplyAsync(stored, edited, revision, screen.CultureFor(culture), "moved", field, new FormScreenState(), cancellationToken);
    }

    [HttpGet("/umbraco/forms/{id:guid}/fields/{field:guid}/remove")]
    public async Task<IActionResult> ConfirmRemoveAsync(Guid id, Guid field, string? culture, CancellationToken cancellationToken)
    {
        if (await definitions.GetAsync(id, cancellationToken) is not { } stored || stored.Form.FieldById(field) is not { } removed)
        {
            return NotFound();
        }

        var current = screen.CultureFor(culture);
        var form = stored.Form;
        return View("~/Backoffice/Forms/RemoveField.cshtml", new RemoveFieldPage
        {
            Text = Text,
            Title = Strings["RemoveFieldTitle"],
            Tabs = Shell.Section.For(User),
            FormId = form.Id,
            FormName = form.Name,
            Revision = stored.Revision,
            Culture = current,
            FieldId = removed.Id,
            Caption = FieldWords.Caption(removed, current, screen.DefaultCulture),
            TypeName = Strings.TypeName(removed.Type),
            Alias = removed.Alias,
            Protected = FormRules.IsProtectedBookingField(form, removed),
            CanEdit = CanEdit,
            UsedByConditions = form.Fields.Where(f => f.Condition?.Rules.Any(r => r.Field == removed.Id) == true)
                .Select(f => FieldWords.Caption(f, current, screen.DefaultCulture)).ToList(),
            Entries = (await overview.CountsOfAsync(form.Id, cancellationToken)).Total,
        });
    }

    [HttpPost("/umbraco/forms/{id:guid}/fields/{field:guid}/remove")]
    public async Task<IActionResult> RemoveAsync(Guid id, Guid field, [FromForm] string? culture, [FromForm] int revision, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return ReadOnly();
        }

        if (await definitions.GetAsync(id, cancellationToken) is not { } stored || stored.Form.FieldById(field) is null)
        {
            return NotFound();
        }

        return await ApplyAsync(stored, FormEdits.Remove(stored.Form, field), revision, screen.CultureFor(culture), "removed", null, new FormScreenState(), cancellationToken);
    }

    /// <summary>The Management API's rule: refused while entries or documents use the form, naming them.</summary>
    [HttpPost("/umbraco/forms/{id:guid}/delete")]
    public async Task<IActionResult> DeleteAsync(Guid id, [FromForm] string? culture, [FromForm] string? confirm, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return ReadOnly();
        }

        if (await definitions.GetAsync(id, cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        var current = screen.CultureFor(culture);
        if (confirm != "yes")
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ScreenAsync(stored, current, new FormScreenState { Problem = Strings["DeleteConfirmMissing"] }, cancellationToken);
        }

        var result = await definitions.DeleteAsync(id, cancellationToken);
        if (result.Succeeded)
        {
            return Redirect(FormsRoutes.List + "?done=deleted");
        }

        if (result.Status == FormOperationStatus.NotFound)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status409Conflict;
        var users = await overview.PagesAsync(id, cancellationToken);
        return await ScreenAsync(stored, current, new FormScreenState { Problem = Strings["DeleteInUse"], DeleteBlockedBy = users }, cancellationToken);
    }

    private async Task<IActionResult> ApplyAsync(
        StoredForm stored, FormDefinition edited, int revision, string culture, string done, Guid? anchor, FormScreenState typed, CancellationToken cancellationToken)
    {
        var result = await definitions.UpdateAsync(stored.Form.Id, edited, revision, CurrentUser.NameOf(User), cancellationToken);
        if (result.Succeeded)
        {
            return Redirect(FormsRoutes.Form(stored.Form.Id, culture) + "&done=" + done + (anchor is { } field ? $"#field-{field:D}" : null));
        }

        switch (result.Status)
        {
            case FormOperationStatus.NotFound:
                return NotFound();
            case FormOperationStatus.ConcurrencyConflict:
                // The screen now shows (and names) the latest revision, with what was typed kept: saving again is the
                // editor's choice to put theirs over it. A move or removal is not repeated unseen.
                Response.StatusCode = StatusCodes.Status409Conflict;
                var latest = await definitions.GetAsync(stored.Form.Id, cancellationToken) ?? stored;
                var words = typed.Name is null ? Strings["ConflictNotApplied"] : Strings["ConflictKept"];
                return await ScreenAsync(latest, culture, typed with { Problem = words, Conflict = true }, cancellationToken);
            default:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                var problems = RuleProblems.Of(result.Errors ?? [], edited, stored.Form, Strings);
                return await ScreenAsync(stored with { Revision = revision }, culture,
                    typed with { Problem = problems.Count > 0 ? Strings["NotSavedFix"] : Text.Format("SaveFailed", result.Status), Problems = problems }, cancellationToken);
        }
    }

    private async Task<IActionResult> ScreenAsync(StoredForm stored, string culture, FormScreenState state, CancellationToken cancellationToken) =>
        View("~/Backoffice/Forms/Form.cshtml", await screen.BuildAsync(stored, culture, Text, User, state, cancellationToken));
}

/// <summary>The confirm step before a field is removed: a screen of its own, never a dialog over the form.</summary>
public sealed class RemoveFieldPage : Shell.ShellPage
{
    public FormsText Strings => new(Text);

    public required Guid FormId { get; init; }

    public required string FormName { get; init; }

    public required int Revision { get; init; }

    public required string Culture { get; init; }

    public required Guid FieldId { get; init; }

    public required string Caption { get; init; }

    public required string TypeName { get; init; }

    public required string Alias { get; init; }

    public bool Protected { get; init; }

    public bool CanEdit { get; init; }

    public IReadOnlyList<string> UsedByConditions { get; init; } = [];

    public int Entries { get; init; }
}
