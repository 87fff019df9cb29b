using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Media.Uploads;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Photos.Uploads;

/// <summary>
/// The photos module's resumable upload, modelled on tus without its headers: <c>POST /umbraco/photos/uploads</c>
/// (name, size, folder, and latitude/longitude when the editor keeps the location) opens a session;
/// <c>PUT …/{id}?offset=N</c> appends one chunk and must name the offset the server holds — otherwise 409 with the
/// right one (also in <c>Upload-Offset</c>); <c>GET/HEAD …/{id}</c> tells the offset, so a retry continues from there;
/// <c>POST …/{id}/finish</c> makes the media item. Cookie sign-in with the antiforgery token in <c>X-XSRF-TOKEN</c> on
/// every write; another user's session is a 404 like one that does not exist.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = BackofficeUser.ContentRoles)]
[AutoValidateAntiforgeryToken]
[EnableRateLimiting(PhotoUploadLimits.Policy)]
public sealed class UploadSessionController(PhotoUploadSessions sessions) : Controller
{
    public const string Path = PhotosController.Path + "/uploads";
    private const string OffsetHeader = "Upload-Offset";

    [HttpPost(Path)]
    public async Task<IActionResult> CreateAsync(
        [FromForm] string? name, [FromForm] long size, [FromForm] Guid? folder, [FromForm] double? latitude, [FromForm] double? longitude, CancellationToken cancellationToken)
    {
        var location = latitude is { } lat && longitude is { } lon ? new MediaLocation(lat, lon) : null;
        var fileName = string.IsNullOrWhiteSpace(name) ? "photo.jpg" : name.Trim();
        var result = await sessions.CreateAsync(CurrentUser.NameOf(User), fileName, size, folder, location, cancellationToken);
        if (result.Session is not { } session)
        {
            return Answer(result);
        }

        Response.Headers[OffsetHeader] = "0";
        return Created($"{Path}/{session.Id}", new { id = session.Id, offset = 0L, length = session.Length });
    }

    [HttpGet(Path + "/{id}")]
    [HttpHead(Path + "/{id}")]
    public async Task<IActionResult> OffsetAsync(string id, CancellationToken cancellationToken)
    {
        var result = await sessions.GetAsync(id, CurrentUser.NameOf(User), cancellationToken);
        return result.Session is { } session
            ? Offset(StatusCodes.Status200OK, result.Offset, session.Length, session.MediaKey)
            : Answer(result);
    }

    [HttpPut(Path + "/{id}")]
    [RequestSizeLimit(2 * 1024 * 1024)]
    public async Task<IActionResult> AppendAsync(string id, [FromQuery] long offset, CancellationToken cancellationToken)
    {
        var result = await sessions.AppendAsync(id, CurrentUser.NameOf(User), offset, Request.Body, cancellationToken);
        return result.Status == UploadSessionStatus.Success
            ? Offset(StatusCodes.Status200OK, result.Offset, result.Session!.Length, null)
            : Answer(result);
    }

    [HttpPost(Path + "/{id}/finish")]
    public async Task<IActionResult> FinishAsync(string id, CancellationToken cancellationToken)
    {
        var result = await sessions.FinishAsync(id, CurrentUser.NameOf(User), CurrentUser.NameOf(User), cancellationToken);
        if (result.Status == UploadSessionStatus.Success && result.Media?.Media is { } media)
        {
            return Created(PhotoController.PathOf(media.Key), new { key = media.Key, name = media.Name, url = media.Url, width = media.Width, height = media.Height, detail = PhotoController.PathOf(media.Key, "upload") });
        }

        return Answer(result);
    }

    private ObjectResult Offset(int status, long offset, long length, Guid? media)
    {
        Response.Headers[OffsetHeader] = offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return StatusCode(status, new { offset, length, media });
    }

    // A refusal as JSON with a sentence in the editor's language for the card, and the offset where one applies.
    private IActionResult Answer(UploadSessionResult result)
    {
        var text = PhotoText.Of(ShellContext.Text(HttpContext));
        var (status, key) = result.Status switch
        {
            UploadSessionStatus.NotFound => (StatusCodes.Status404NotFound, "Error_NotFound"),
            UploadSessionStatus.OffsetMismatch => (StatusCodes.Status409Conflict, "Failed"),
            UploadSessionStatus.Incomplete => (StatusCodes.Status409Conflict, "Error_Incomplete"),
            UploadSessionStatus.ChunkTooLarge or UploadSessionStatus.TooLarge => (StatusCodes.Status413PayloadTooLarge, "Error_TooLarge"),
            UploadSessionStatus.TooManySessions => (StatusCodes.Status429TooManyRequests, "Error_TooManySessions"),
            UploadSessionStatus.NotAnImage => (StatusCodes.Status415UnsupportedMediaType, "Error_NotAnImage"),
            _ => result.Media?.Status switch
            {
                MediaOperationStatus.UnsupportedFileType => (StatusCodes.Status415UnsupportedMediaType, "Error_NotAnImage"),
                MediaOperationStatus.FileTooLarge => (StatusCodes.Status413PayloadTooLarge, "Error_TooLarge"),
                _ => (StatusCodes.Status422UnprocessableEntity, "Unreadable"),
            },
        };
        if (result.Session is { } session && result.Status is UploadSessionStatus.OffsetMismatch or UploadSessionStatus.Incomplete)
        {
            Response.Headers[OffsetHeader] = result.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return StatusCode(status, new { offset = result.Offset, length = session.Length, message = text[key] });
        }

        return StatusCode(status, new { message = text.Format(key, result.Session?.FileName), status = (result.Media?.Status)?.ToString() ?? result.Status.ToString() });
    }
}
