using System.Security.Claims;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Web.Backoffice.Editing;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>What a refused change hands back to the form screen: the texts as typed, the problems, the status.</summary>
public sealed record FormScreenState
{
    public string? Name { get; init; }

    public string? SubmitLabel { get; init; }

    public string? MessageOnSubmit { get; init; }

    public string? Notice { get; init; }

    public string? Problem { get; init; }

    public bool Conflict { get; init; }

    public IReadOnlyList<RuleProblem> Problems { get; init; } = [];

    public FormPages? DeleteBlockedBy { get; init; }
}

/// <summary>Builds the form screen from a stored form, in one content language, with what a refused change kept.</summary>
public sealed class FormScreen(SchemaRegistry schemas, FormOverview overview)
{
    public string DefaultCulture => schemas.Current.DefaultCulture;

    public IReadOnlyList<string> Languages => schemas.Current.Languages.Select(l => l.IsoCode).ToList();

    /// <summary>The language asked for when the site has it, else Chinese (the default).</summary>
    public string CultureFor(string? culture) =>
        culture is not null && schemas.Current.FindLanguage(culture) is { } language ? language.IsoCode : DefaultCulture;

    /// <summary>The language switch, each marked missing where a text written in Chinese is empty.</summary>
    public IReadOnlyList<CultureTab> Switch(FormDefinition form, string culture, BackofficeText text, Func<string, string> url) =>
        Languages.Select(c => new CultureTab(c, text["Lang_" + c], Translations.Missing(form, c, DefaultCulture),
            string.Equals(c, culture, StringComparison.OrdinalIgnoreCase), url(c))).ToList();

    public async Task<FormScreenPage> BuildAsync(StoredForm stored, string culture, BackofficeText text, ClaimsPrincipal user, FormScreenState state, CancellationToken cancellationToken)
    {
        var form = stored.Form;
        var strings = new FormsText(text);
        var fields = form.Fields.ToList();
        var byField = state.Problems.Where(p => p.FieldId is { } id && fields.Any(f => f.Id == id)).ToLookup(p => p.FieldId!.Value, p => p.Message);
        var pages = await overview.PagesAsync(form.Id, cancellationToken);
        return new FormScreenPage
        {
            Text = text,
            Title = form.Name,
            Tabs = Section.For(user),
            Form = form,
            Revision = stored.Revision,
            Culture = culture,
            Cultures = Switch(form, culture, text, c => FormsRoutes.Form(form.Id, c)),
            CanEdit = BackofficeUser.CanPublish(user),
            Name = state.Name ?? form.Name,
            SubmitLabel = state.SubmitLabel ?? FormEdits.In(form.SubmitLabel, culture),
            MessageOnSubmit = state.MessageOnSubmit ?? FormEdits.In(form.MessageOnSubmit, culture),
            SubmitLabelMissing = Translations.Missing(form.SubmitLabel, culture, DefaultCulture),
            MessageMissing = Translations.Missing(form.MessageOnSubmit, culture, DefaultCulture),
            Fields = fields.Select((f, i) => new FieldCard(
                f.Id,
                FieldWords.Caption(f, culture, DefaultCulture),
                Translations.Missing(f, culture, DefaultCulture),
                f.Alias,
                strings.TypeName(f.Type),
                f.Required,
                FieldWords.Condition(f, form, strings, culture, DefaultCulture),
                FormRules.IsProtectedBookingField(form, f),
                i == 0,
                i == fields.Count - 1,
                byField[f.Id].ToList())).ToList(),
            Workflows = WorkflowWords.Of(form, strings, culture, DefaultCulture),
            Entries = await overview.CountsOfAsync(form.Id, cancellationToken),
            Pages = pages.Pages,
            Notice = state.Notice,
            Problem = state.Problem,
            Conflict = state.Conflict,
            NameErrors = state.Problems.Where(p => p.Input == "name" && p.FieldId is null).Select(p => p.Message).ToList(),
            OtherErrors = state.Problems.Where(p => p.Input != "name" && (p.FieldId is not { } id || fields.All(f => f.Id != id))).Select(p => p.Message).ToList(),
            DeleteBlockedBy = state.DeleteBlockedBy?.Pages ?? [],
            DeleteBlockedByEntries = state.DeleteBlockedBy?.Users.Entries ?? 0,
        };
    }
}
