using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>
/// A field's screen, /umbraco/forms/{id}/fields/{field} (or …/fields/new?type=number): its texts in one language and
/// what every language shares. Saving puts the field into the form as shown at the revision the screen was opened at
/// and stores it through <see cref="FormDefinitionService"/>; a refusal shows the screen again with what was typed,
/// each problem beside its input.
/// </summary>
public sealed class FieldController(FormDefinitionService definitions, FormScreen screen) : FormsControllerBase
{
    [HttpGet("/umbraco/forms/{id:guid}/fields/new")]
    public async Task<IActionResult> NewAsync(Guid id, string? type, string? culture, CancellationToken cancellationToken)
    {
        if (await definitions.GetAsync(id, cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        if (!FieldTypes.TryParseXmlName(type ?? string.Empty, out var fieldType) || !Enum.IsDefined(fieldType) || int.TryParse(type, out _))
        {
            return Redirect(FormsRoutes.Form(id, screen.CultureFor(culture)));
        }

        return Screen(stored, null, fieldType, screen.CultureFor(culture), FieldInput.Empty(fieldType), new());
    }

    [HttpPost("/umbraco/forms/{id:guid}/fields/new")]
    public Task<IActionResult> AddAsync(Guid id, [FromForm] string? type, [FromForm] string? culture, [FromForm] int revision, CancellationToken cancellationToken) =>
        SaveAsync(id, null, type, culture, revision, cancellationToken);

    [HttpGet("/umbraco/forms/{id:guid}/fields/{field:guid}")]
    public async Task<IActionResult> ShowAsync(Guid id, Guid field, string? culture, CancellationToken cancellationToken)
    {
        if (await definitions.GetAsync(id, cancellationToken) is not { } stored || stored.Form.FieldById(field) is not { } existing)
        {
            return NotFound();
        }

        var current = screen.CultureFor(culture);
        return Screen(stored, existing, existing.Type, current, FieldInput.From(existing, current, screen.DefaultCulture), new());
    }

    [HttpPost("/umbraco/forms/{id:guid}/fields/{field:guid}")]
    public Task<IActionResult> UpdateAsync(Guid id, Guid field, [FromForm] string? culture, [FromForm] int revision, CancellationToken cancellationToken) =>
        SaveAsync(id, field, null, culture, revision, cancellationToken);

    private async Task<IActionResult> SaveAsync(Guid id, Guid? fieldId, string? type, string? culture, int revision, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return ReadOnly();
        }

        if (await definitions.GetAsync(id, cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        var existing = fieldId is { } known ? stored.Form.FieldById(known) : null;
        FieldType fieldType;
        if (existing is not null)
        {
            fieldType = existing.Type;
        }
        else if (fieldId is not null || !FieldTypes.TryParseXmlName(type ?? string.Empty, out fieldType) || !Enum.IsDefined(fieldType) || int.TryParse(type, out _))
        {
            return NotFound();
        }

        var current = screen.CultureFor(culture);
        var input = FieldInput.Read(Request.Form);
        var (field, problems) = FieldEditor.Build(stored.Form, existing, fieldType, input, current, screen.DefaultCulture, Strings);
        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Screen(stored with { Revision = revision }, existing, fieldType, current, input, new FieldScreenState(Strings["NotSavedFix"], problems, FieldId: field.Id));
        }

        var edited = existing is null ? FormEdits.Add(stored.Form, field) : FormEdits.Replace(stored.Form, field);
        var result = await definitions.UpdateAsync(id, edited, revision, CurrentUser.NameOf(User), cancellationToken);
        if (result.Succeeded)
        {
            return Redirect(FormsRoutes.Form(id, current) + "&done=" + (existing is null ? "added" : "field") + $"#field-{field.Id:D}");
        }

        switch (result.Status)
        {
            case FormOperationStatus.NotFound:
                return NotFound();
            case FormOperationStatus.ConcurrencyConflict:
                // What was typed stays, and the screen now names the latest revision: saving again puts this field into
                // the latest version of the form. A field someone removed meanwhile comes back as a new one.
                Response.StatusCode = StatusCodes.Status409Conflict;
                var latest = await definitions.GetAsync(id, cancellationToken) ?? stored;
                var stillThere = existing is null ? null : latest.Form.FieldById(existing.Id);
                return Screen(latest, stillThere, fieldType, current, input,
                    new FieldScreenState(Strings[existing is not null && stillThere is null ? "ConflictFieldGone" : "ConflictKept"], [], Conflict: true));
            default:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                var rules = RuleProblems.Of(result.Errors ?? [], edited, stored.Form, Strings)
                    .Select(p => p.FieldId == field.Id || (p.Input == "alias" && p.Message == Strings.Format("RuleAliasDuplicate", field.Alias)) ? p with { FieldId = field.Id } : p)
                    .ToList();
                return Screen(stored with { Revision = revision }, existing, fieldType, current, input,
                    new FieldScreenState(rules.Count > 0 ? Strings["NotSavedFix"] : Text.Format("SaveFailed", result.Status), rules, FieldId: field.Id));
        }
    }

    private ViewResult Screen(StoredForm stored, FormField? existing, FieldType type, string culture, FieldInput input, FieldScreenState state)
    {
        var form = stored.Form;
        var defaultCulture = screen.DefaultCulture;
        var self = state.FieldId ?? existing?.Id;
        var mine = state.Problems.Where(p => p.FieldId == self || p.FieldId is null && p.Input != "name").ToList();
        var others = form.Fields.Where(f => f.Id != existing?.Id).ToList();
        return View("~/Backoffice/Forms/Field.cshtml", new FieldEditPage
        {
            Text = Text,
            Title = existing is null ? Strings.Format("NewFieldTitle", Strings.TypeName(type)) : FieldWords.Caption(existing, culture, defaultCulture),
            Tabs = Shell.Section.For(User),
            HasActionBar = CanEdit,
            FormId = form.Id,
            FormName = form.Name,
            Revision = stored.Revision,
            Culture = culture,
            Cultures = existing is null ? [] : screen.Switch(form, culture, Text, c => FormsRoutes.Field(form.Id, existing.Id, c))
                .Select(tab => tab with { Missing = Translations.Missing(existing, tab.Culture, defaultCulture) }).ToList(),
            FieldId = existing?.Id,
            Type = type,
            Input = input,
            CaptionMissing = existing is not null && Translations.Missing(existing.Caption, culture, defaultCulture),
            HelpMissing = existing is not null && Translations.Missing(existing.HelpText, culture, defaultCulture),
            PlaceholderMissing = existing is not null && Translations.Missing(existing.Placeholder, culture, defaultCulture),
            Protected = existing is not null && FormRules.IsProtectedBookingField(form, existing),
            CanEdit = CanEdit,
            ComplexCondition = existing?.Condition is { } condition && SimpleCondition.Of(condition) is null
                ? FieldWords.Condition(existing, form, Strings, culture, defaultCulture)
                : null,
            ConditionFields = others.Select(f => new KeyValuePair<string, string>(f.Id.ToString("D"), $"{FieldWords.Caption(f, culture, defaultCulture)} ({f.Alias})")).ToList(),
            ChoiceValues = others.Where(f => f.PreValues.Count > 0).Select(f => Strings.Format("ChoiceValuesOf", FieldWords.Caption(f, culture, defaultCulture),
                string.Join(Strings["ListSeparator"], f.PreValues.Select(p => $"{p.Value} = {p.Caption.Get(culture, defaultCulture)}")))).ToList(),
            Problem = state.Problem,
            Conflict = state.Conflict,
            Errors = mine.GroupBy(p => p.Input).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Message).ToList()),
            OtherErrors = state.Problems.Except(mine).Select(p => p.Message).ToList(),
        });
    }
}

/// <summary>Why a field was not saved, for the screen shown again.</summary>
public sealed record FieldScreenState(string? Problem = null, IReadOnlyList<RuleProblem>? Rules = null, bool Conflict = false, Guid? FieldId = null)
{
    public IReadOnlyList<RuleProblem> Problems => Rules ?? [];
}
