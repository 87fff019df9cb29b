using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>
/// /umbraco/forms: every form as a card (name, fields, entries waiting and in all, the pages that pick it), and "New
/// form", which makes one with a page, a fieldset and a column ready for fields and opens it.
/// </summary>
public sealed class FormsController(FormRegistry registry, FormDefinitionService definitions, FormOverview overview) : FormsControllerBase
{
    public const string NameField = "name";

    [HttpGet(FormsRoutes.List)]
    public async Task<IActionResult> ListAsync(string? done, CancellationToken cancellationToken) =>
        View("~/Backoffice/Forms/List.cshtml", await PageAsync(null, null, done == "deleted" ? Strings["Done_deleted"] : null, cancellationToken));

    [HttpPost(FormsRoutes.List)]
    public async Task<IActionResult> CreateAsync([FromForm(Name = NameField)] string? name, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return ReadOnly();
        }

        var result = await definitions.CreateAsync(FormEdits.New(name ?? string.Empty), CurrentUser.NameOf(User), cancellationToken);
        if (result is { Succeeded: true, Stored: { } stored })
        {
            return Redirect(FormsRoutes.Form(stored.Form.Id) + "?done=created");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        var problem = result.Errors?.Select(e => e.Rule == FormRule.NameMissing ? Strings["RuleNameMissing"] : e.Message).FirstOrDefault()
            ?? Text.Format("SaveFailed", result.Status);
        return View("~/Backoffice/Forms/List.cshtml", await PageAsync(name, problem, null, cancellationToken));
    }

    private async Task<FormsListPage> PageAsync(string? typedName, string? nameError, string? notice, CancellationToken cancellationToken)
    {
        var counts = await overview.CountsAsync(null, cancellationToken);
        var cards = new List<FormCard>();
        foreach (var form in registry.Current.Forms.OrderBy(f => f.Name, StringComparer.CurrentCultureIgnoreCase))
        {
            var pages = await overview.PagesAsync(form.Id, cancellationToken);
            cards.Add(new FormCard(form.Id, form.Name, form.Fields.Count(), counts.GetValueOrDefault(form.Id) ?? EntryCounts.None, form.IsBookingForm,
                pages.Pages.Select(FormOverview.Title).ToList()));
        }

        return new FormsListPage
        {
            Text = Text,
            Title = Strings["FormsTitle"],
            Tabs = Section.For(User),
            Forms = cards,
            CanEdit = CanEdit,
            TypedName = typedName,
            NameError = nameError,
            Notice = notice,
        };
    }
}

public sealed record FormCard(Guid Id, string Name, int FieldCount, EntryCounts Entries, bool IsBookingForm, IReadOnlyList<string> Pages);

public sealed class FormsListPage : ShellPage
{
    public FormsText Strings => new(Text);

    public required IReadOnlyList<FormCard> Forms { get; init; }

    public bool CanEdit { get; init; }

    public string? TypedName { get; init; }

    public string? NameError { get; init; }

    public string? Notice { get; init; }
}
