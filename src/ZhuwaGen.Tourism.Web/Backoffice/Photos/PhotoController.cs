using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Photos;

/// <summary>
/// One photo of the library: rename, alt text per language (what the site and the Delivery API show in the visitor's
/// language, falling back to Chinese), the focal point (a tap with the edit module, else two numbers), the documents
/// that use it, move to a folder and trash. Every change goes through <see cref="MediaLibraryService"/>.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = BackofficeUser.ContentRoles)]
[AutoValidateAntiforgeryToken]
public sealed class PhotoController(PhotoLibrary library, MediaLibraryService media, MediaUsage usage, SchemaRegistry schemas) : Controller
{
    private const string Route = PhotosController.Path + "/{key:guid}";

    public static string PathOf(Guid key, string? done = null) =>
        $"{PhotosController.Path}/{key:D}" + (done is null ? string.Empty : "?done=" + done);

    [KeepOffline]
    [HttpGet(Route)]
    public async Task<IActionResult> ShowAsync(Guid key, string? done, CancellationToken cancellationToken)
    {
        var text = PhotoText.Of(ShellContext.Text(HttpContext));
        var notice = done is "save" or "move"
            ? text.Format("Done_" + done, text.Shell.Time(ShanghaiTime.FromUtc(library.Snapshot.Get(key)?.UpdateDate ?? DateTime.UtcNow)))
            : done == "upload" ? text["Uploaded"] : null;
        return await ScreenAsync(key, null, notice, null, cancellationToken);
    }

    [HttpPost(Route)]
    public async Task<IActionResult> SaveAsync(Guid key, [FromForm] string? name, [FromForm] string? left, [FromForm] string? top, CancellationToken cancellationToken)
    {
        var cultures = schemas.Current.Languages.Select(l => l.IsoCode).ToList();
        var alt = cultures.ToDictionary(c => c, c => (string?)Request.Form["alt." + c].ToString(), StringComparer.OrdinalIgnoreCase);
        var focal = ParsePercent(left) is { } l && ParsePercent(top) is { } t ? new MediaFocalPoint(l / 100m, t / 100m) : null;
        var clear = string.IsNullOrWhiteSpace(left) && string.IsNullOrWhiteSpace(top);
        var text = PhotoText.Of(ShellContext.Text(HttpContext));
        if (focal is null && !clear)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ScreenAsync(key, (name, alt, left, top), null, text.Shell["FixErrors"], cancellationToken);
        }

        var result = await media.UpdateAsync(key, new MediaUpdate(name?.Trim(), alt, focal, clear), CurrentUser.NameOf(User), cancellationToken);
        if (result.Status == MediaOperationStatus.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ScreenAsync(key, (name, alt, left, top), null, Problem(text, result.Status), cancellationToken);
        }

        return Redirect(PathOf(key, "save"));
    }

    [HttpPost(Route + "/move")]
    public async Task<IActionResult> MoveAsync(Guid key, [FromForm] Guid? folder, CancellationToken cancellationToken)
    {
        var result = await media.MoveAsync(key, folder, CurrentUser.NameOf(User), cancellationToken);
        if (result.Status is MediaOperationStatus.NotFound or MediaOperationStatus.InTrash)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ScreenAsync(key, null, null, Problem(PhotoText.Of(ShellContext.Text(HttpContext)), result.Status), cancellationToken);
        }

        return Redirect(PathOf(key, "move"));
    }

    [HttpPost(Route + "/trash")]
    public async Task<IActionResult> TrashAsync(Guid key, CancellationToken cancellationToken)
    {
        var photo = library.Snapshot.Get(key);
        if (photo is null || await media.TrashAsync(key, CurrentUser.NameOf(User), cancellationToken) != MediaOperationStatus.Success)
        {
            return NotFound();
        }

        return Redirect(PhotosController.FolderPath(photo.ParentKey, "trash") + "&name=" + Uri.EscapeDataString(photo.Name));
    }

    private async Task<IActionResult> ScreenAsync(
        Guid key, (string? Name, Dictionary<string, string?> Alt, string? Left, string? Top)? typed, string? notice, string? problem, CancellationToken cancellationToken)
    {
        if (library.Snapshot.Get(key) is not { } photo || photo.IsFolder())
        {
            return NotFound();
        }

        var shell = ShellContext.Text(HttpContext);
        var text = PhotoText.Of(shell);
        var schema = schemas.Current;
        var stored = photo.AltText.GetValueOrDefault("altText") ?? new Dictionary<string, string>();
        var languages = schema.Languages.OrderByDescending(l => l.IsoCode == schema.DefaultCulture).ToList();
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Photos/Photo.cshtml", new PhotoPage
        {
            Text = shell,
            Strings = text,
            Title = typed?.Name ?? photo.Name,
            CurrentTab = Section.Photos,
            Tabs = Section.For(User),
            Photo = photo,
            Preview = library.ThumbnailOf(photo, 640),
            AltTexts = languages.Select(l => (l.IsoCode, shell["Lang_" + l.IsoCode], typed is { } t ? t.Alt.GetValueOrDefault(l.IsoCode) : stored.GetValueOrDefault(l.IsoCode))).ToList(),
            FocalLeft = typed?.Left ?? Percent(photo.FocalPoint?.Left),
            FocalTop = typed?.Top ?? Percent(photo.FocalPoint?.Top),
            Location = photo.AltText.GetValueOrDefault("location")?.GetValueOrDefault(string.Empty),
            UsedBy = await usage.UsersOfAsync(key, cancellationToken),
            Folders = library.AllFolders(),
            Notice = notice,
            Problem = problem,
        });
    }

    private static string Problem(PhotoText text, MediaOperationStatus status) => status switch
    {
        MediaOperationStatus.InvalidName => text["InvalidName"],
        MediaOperationStatus.DuplicateName => text["DuplicateName"],
        _ => text.Shell["FixErrors"],
    };

    private static decimal? ParsePercent(string? value) =>
        decimal.TryParse(value?.Trim().TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 100 ? n : null;

    private static string? Percent(decimal? fraction) => fraction is { } f ? (f * 100m).ToString("0.#", CultureInfo.InvariantCulture) : null;
}
