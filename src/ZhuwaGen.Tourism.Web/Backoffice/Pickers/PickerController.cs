using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Web.Backoffice.Editing;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Pickers;

/// <summary>
/// The picker screen of one property: search by title (documents) or by name (photos), tap a card, and the choice is
/// saved into the draft and the edit screen shown again. The edit form saved the draft before coming here, so the
/// screen is an ordinary page — refresh, back and a lost signal are safe — and each choice is one small POST with
/// antiforgery that names the revision it saw, so it never overwrites a newer save.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = BackofficeUser.ContentRoles)]
[AutoValidateAntiforgeryToken]
public sealed class PickerController(EditScreen screen, DocumentQueries queries, DocumentService documents, PickerCandidates candidates) : Controller
{
    public const string PickDone = "pick";
    private const string Route = "/umbraco/content/{key:guid}/pick/{alias}";

    public static string PathOf(Guid key, string alias, string culture) =>
        $"/umbraco/content/{key}/pick/{Uri.EscapeDataString(alias)}?culture={Uri.EscapeDataString(culture)}";

    [HttpGet(Route)]
    public async Task<IActionResult> ShowAsync(Guid key, string alias, string? culture, [FromQuery(Name = "q")] string? search, CancellationToken cancellationToken)
    {
        if (await TargetAsync(key, alias, culture, cancellationToken) is not { } target)
        {
            return NotFound();
        }

        return await ScreenAsync(target, search, null, cancellationToken);
    }

    [HttpPost(Route)]
    public async Task<IActionResult> ChooseAsync(
        Guid key, string alias, string? culture, [FromForm] Guid choice, [FromForm] int revision, [FromForm] string? title, CancellationToken cancellationToken)
    {
        if (await TargetAsync(key, alias, culture, cancellationToken) is not { } target)
        {
            return NotFound();
        }

        var (document, property, input, current) = target;
        var valueCulture = property.VariesByCulture ? current : null;
        var config = screen.Schema.FindDataType(property.DataTypeKey)?.Config ?? [];
        var multiple = config.Value<bool?>("multiple") == true;
        var value = PickApply.Add(input, document.Draft.GetValue(property.Alias, valueCulture), choice, multiple, title);
        var saved = await documents.SaveDraftAsync(
            key, new DocumentEdit(new Dictionary<string, string>(), [new PropertyValue(property.Alias, valueCulture, value)], revision),
            CurrentUser.NameOf(User), cancellationToken);
        if (!saved.Succeeded)
        {
            var text = PickerText.Of(ShellContext.Text(HttpContext));
            var conflict = saved.Status == ContentEditingOperationStatus.ConcurrencyConflict;
            Response.StatusCode = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            var problem = conflict ? text.Shell["ConflictProblem"]
                : string.Join(" ", (saved.Errors ?? []).Where(e => e.Alias.StartsWith(property.Alias, StringComparison.OrdinalIgnoreCase)).Select(e => e.Message)) is { Length: > 0 } own
                    ? own
                    : text.Shell["FixErrors"];
            return await ScreenAsync(target, null, problem, cancellationToken);
        }

        return Redirect(BackofficeRoutes.Edit(key, current) + "&done=" + PickDone + "#f-" + property.Alias);
    }

    private async Task<IActionResult> ScreenAsync(PickTarget target, string? search, string? problem, CancellationToken cancellationToken)
    {
        var (document, property, input, culture) = target;
        var shell = ShellContext.Text(HttpContext);
        var text = PickerText.Of(shell);
        var type = screen.Schema.FindContentType(document.ContentTypeAlias)!;
        var label = shell.Named("Prop", property.Alias, property.Name);
        var itemTitle = document.Draft.Names.GetValueOrDefault(culture) is { Length: > 0 } name ? name
            : document.Draft.Names.GetValueOrDefault(screen.Schema.DefaultCulture) ?? string.Empty;
        var picked = new EditPageField(screen, document, property, culture);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Pickers/Picker.cshtml", new PickerPage
        {
            Text = shell,
            Strings = text,
            Title = text.Format(input == FieldInput.MediaPicker ? "ChoosePhotoFor" : "ChooseFor", label),
            CurrentTab = Section.ForType(type.Alias),
            Tabs = Section.For(User),
            ItemTitle = itemTitle,
            BackUrl = BackofficeRoutes.Edit(document.Key, culture) + "#f-" + property.Alias,
            Action = PathOf(document.Key, property.Alias, culture),
            Culture = culture,
            Revision = document.Revision,
            Search = search,
            Problem = problem,
            Photos = input == FieldInput.MediaPicker,
            // The item itself is never offered: an event is not its own venue.
            Documents = input == FieldInput.MediaPicker ? []
                : (await candidates.DocumentsAsync(screen.Schema, property, search, cancellationToken)).Where(c => c.Key != document.Key).ToList(),
            PhotoChoices = input == FieldInput.MediaPicker ? candidates.Photos(search) : [],
            AlreadyPicked = picked.Keys,
            Full = !picked.CanAdd,
            TypeNames = screen.Schema.ContentTypes.ToDictionary(t => t.Alias, t => shell.Named("Type", t.Alias, t.Name), StringComparer.OrdinalIgnoreCase),
        });
    }

    private async Task<PickTarget?> TargetAsync(Guid key, string alias, string? culture, CancellationToken cancellationToken)
    {
        var document = await queries.GetAsync(key, cancellationToken);
        if (document is null || document.Trashed || screen.Schema.FindContentType(document.ContentTypeAlias) is not { } type)
        {
            return null;
        }

        var property = screen.Schema.AllProperties(type).FirstOrDefault(p => string.Equals(p.Alias, alias, StringComparison.OrdinalIgnoreCase));
        var input = property is null ? FieldInput.ReadOnly : FieldInputs.For(property.EditorAlias);
        return property is not null && input is FieldInput.ContentPicker or FieldInput.NodePicker or FieldInput.MediaPicker or FieldInput.UrlPicker
            ? new PickTarget(document, property, input, screen.CultureFor(type, culture))
            : null;
    }

    private sealed record PickTarget(DocumentView Document, PropertyType Property, FieldInput Input, string Culture);

    // What is picked already (shown as chosen, not offered again) and whether one more fits the data type's limit.
    private sealed class EditPageField(EditScreen screen, DocumentView document, PropertyType property, string culture)
    {
        private readonly object? _view = screen.Describe(property, document.Draft.GetValue(property.Alias, property.VariesByCulture ? culture : null));

        public IReadOnlySet<Guid> Keys => _view switch
        {
            DocumentPicksView d => d.Keys.ToHashSet(),
            MediaPicksView m => m.Rows.Select(r => r.MediaKey).ToHashSet(),
            _ => new HashSet<Guid>(),
        };

        public bool CanAdd => _view switch
        {
            DocumentPicksView d => d.CanAdd || !d.Multiple,
            MediaPicksView m => m.CanAdd || !m.Multiple,
            LinksView l => l.CanAdd,
            _ => true,
        };
    }
}
