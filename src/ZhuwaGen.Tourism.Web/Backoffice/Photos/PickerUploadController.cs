using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Web.Backoffice.Editing;
using ZhuwaGen.Tourism.Web.Backoffice.Pickers;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Photos;

/// <summary>
/// "Take photo / Choose from gallery" on a media picker's screen: the photos are uploaded (files of a plain form, or
/// the keys of photos the module already sent in chunks) and picked for the property at once, through
/// <see cref="PickApply"/> and a draft save that names the revision the picker was opened at — the same path and the
/// same concurrency check as a tap on a card. Then back to the field, as after any pick.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = BackofficeUser.ContentRoles)]
[AutoValidateAntiforgeryToken]
public sealed class PickerUploadController(EditScreen screen, DocumentQueries queries, DocumentService documents, PhotoFormUploads uploads, PhotoLibrary library)
    : Controller
{
    public static string PathOf(Guid key, string alias, string culture) =>
        $"/umbraco/content/{key}/pick/{Uri.EscapeDataString(alias)}/upload?culture={Uri.EscapeDataString(culture)}";

    [HttpPost("/umbraco/content/{key:guid}/pick/{alias}/upload")]
    [RequestSizeLimit(PhotoFormUploads.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = PhotoFormUploads.MaxRequestBytes)]
    public async Task<IActionResult> UploadAsync(
        Guid key, string alias, string? culture, [FromForm] int revision, [FromForm] bool keepLocation, [FromForm(Name = "media")] Guid[]? media, CancellationToken cancellationToken)
    {
        var document = await queries.GetAsync(key, cancellationToken);
        var type = document is null || document.Trashed ? null : screen.Schema.FindContentType(document.ContentTypeAlias);
        var property = type is null ? null : screen.Schema.AllProperties(type).FirstOrDefault(p => string.Equals(p.Alias, alias, StringComparison.OrdinalIgnoreCase));
        if (document is null || type is null || property is null || FieldInputs.For(property.EditorAlias) != FieldInput.MediaPicker)
        {
            return NotFound();
        }

        var current = screen.CultureFor(type, culture);
        var shell = ShellContext.Text(HttpContext);
        var text = PhotoText.Of(shell);
        var (uploaded, refused, status) = await uploads.UploadAsync(Request.Form.Files.GetFiles("photos"), null, keepLocation, text, CurrentUser.NameOf(User), cancellationToken);
        var keys = (media ?? []).Where(k => library.Snapshot.Get(k) is { } m && !m.IsFolder()).Concat(uploaded.Select(u => u.Key)).Distinct().ToList();
        if (refused.Count > 0 || keys.Count == 0)
        {
            return Message(refused.Count > 0 ? status : StatusCodes.Status400BadRequest, text, string.Join(" ", refused.Count > 0 ? refused : [text["ChooseFirst"]]), type.Alias);
        }

        var valueCulture = property.VariesByCulture ? current : null;
        var multiple = (screen.Schema.FindDataType(property.DataTypeKey)?.Config ?? []).Value<bool?>("multiple") == true;
        var value = document.Draft.GetValue(property.Alias, valueCulture);
        foreach (var photo in keys)
        {
            value = PickApply.Add(FieldInput.MediaPicker, value, photo, multiple, null);
        }

        var saved = await documents.SaveDraftAsync(
            key, new DocumentEdit(new Dictionary<string, string>(), [new PropertyValue(property.Alias, valueCulture, value)], revision), CurrentUser.NameOf(User), cancellationToken);
        if (!saved.Succeeded)
        {
            // The photos are in the library already; only the pick was refused, so they can be chosen from the picker.
            var conflict = saved.Status == ContentEditingOperationStatus.ConcurrencyConflict;
            return Message(conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, text,
                shell[conflict ? "ConflictProblem" : "FixErrors"], type.Alias);
        }

        return Redirect(BackofficeRoutes.Edit(key, current) + "&done=" + PickerController.PickDone + "#f-" + property.Alias);
    }

    private ViewResult Message(int status, PhotoText text, string message, string typeAlias)
    {
        Response.StatusCode = status;
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Shell/Message.cshtml", new MessagePage
        {
            Text = text.Shell,
            Title = text["AddPhotos"],
            CurrentTab = Section.ForType(typeAlias),
            Tabs = Section.For(User),
            Message = message,
        });
    }
}
