using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Photos;

/// <summary>
/// The photo library: a folder's folders and photos as cards (or every photo matching a search), new folders, and the
/// upload. The upload form posts plain multipart without script (the server shrinks nothing then, but checks type and
/// size); with the photos module each photo is shrunk on the phone and sent in resumable chunks instead.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = BackofficeUser.ContentRoles)]
[AutoValidateAntiforgeryToken]
public sealed class PhotosController(PhotoLibrary library, MediaLibraryService media, PhotoFormUploads uploads) : Controller
{
    public const string Path = "/umbraco/photos";

    public static string FolderPath(Guid? folder, string? done = null, int? count = null) =>
        Path + (folder is null ? "?" : $"?folder={folder:D}&") + (done is null ? string.Empty : $"done={done}" + (count is null ? string.Empty : $"&count={count}"));

    [KeepOffline]
    [HttpGet(Path)]
    public IActionResult Show([FromQuery(Name = "q")] string? search, Guid? folder, string? done, int? count, string? name) =>
        Screen(folder, search, Notice(done, count, name), []);

    /// <summary>The upload without script: every chosen file, checked and processed like any upload.</summary>
    [HttpPost(Path + "/upload")]
    [RequestSizeLimit(PhotoFormUploads.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = PhotoFormUploads.MaxRequestBytes)]
    public async Task<IActionResult> UploadAsync([FromForm] Guid? folder, [FromForm] bool keepLocation, CancellationToken cancellationToken)
    {
        var text = PhotoText.Of(ShellContext.Text(HttpContext));
        var (uploaded, refused, status) = await uploads.UploadAsync(Request.Form.Files.GetFiles("photos"), folder, keepLocation, text, CurrentUser.NameOf(User), cancellationToken);
        if (refused.Count == 0 && uploaded.Count > 0)
        {
            return Redirect(FolderPath(folder, "upload", uploaded.Count));
        }

        Response.StatusCode = status;
        return Screen(folder, null, uploaded.Count > 0 ? text.Format("Done_upload", uploaded.Count) : null, refused.Count > 0 ? refused : [text["ChooseFirst"]]);
    }

    [HttpPost(Path + "/folders")]
    public async Task<IActionResult> CreateFolderAsync([FromForm] string? name, [FromForm] Guid? folder, CancellationToken cancellationToken)
    {
        var result = await media.CreateFolderAsync(name?.Trim() ?? string.Empty, folder, CurrentUser.NameOf(User), cancellationToken);
        if (result.Media is { } created)
        {
            return Redirect(FolderPath(created.Key, "folder"));
        }

        var text = PhotoText.Of(ShellContext.Text(HttpContext));
        Response.StatusCode = result.Status == MediaOperationStatus.ParentNotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        return Screen(folder, null, null, [text[result.Status == MediaOperationStatus.DuplicateName ? "DuplicateName" : "InvalidName"]]);
    }

    private string? Notice(string? done, int? count, string? name)
    {
        var text = PhotoText.Of(ShellContext.Text(HttpContext));
        return done switch
        {
            "upload" => text.Format("Done_upload", count ?? 1),
            "folder" => text["Done_folder"],
            "trash" => text.Format("Done_trash", name),
            _ => null,
        };
    }

    private IActionResult Screen(Guid? folder, string? search, string? notice, IReadOnlyList<string> problems)
    {
        var shell = ShellContext.Text(HttpContext);
        var text = PhotoText.Of(shell);
        var current = folder is { } key ? library.Snapshot.Get(key) : null;
        if (folder is not null && current?.IsFolder() != true)
        {
            return NotFound();
        }

        var (folders, photos) = library.List(folder, search);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Photos/Photos.cshtml", new PhotosPage
        {
            Text = shell,
            Strings = text,
            Title = current?.Name ?? shell[Section.Photos.TextKey],
            CurrentTab = Section.Photos,
            Tabs = Section.For(User),
            Search = search,
            Folder = folder,
            Parent = current is null ? null : (current.ParentKey, current.ParentKey is { } p ? library.Snapshot.Get(p)?.Name ?? text["Root"] : text["Root"]),
            Folders = folders,
            Photos = photos,
            Upload = new PhotoUploadForm(Path + "/upload", folder, current?.Name ?? text["Root"]),
            Notice = notice,
            Problems = problems,
        });
    }
}
