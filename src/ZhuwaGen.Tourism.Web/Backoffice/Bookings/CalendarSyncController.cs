using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Forms.Bookings.Calendars;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Bookings;

/// <summary>
/// Calendar sync of a guesthouse with other channels: the secret export URL (made, renewed or turned off by the owner)
/// and the import of another channel's .ics file, which blocks its nights. A URL that was read is kept and read again
/// on a schedule (<see cref="CalendarResync"/>) until the owner stops it or uploads a file under its label. Another
/// owner's guesthouse is 404.
/// </summary>
public sealed class CalendarSyncController(
    GuesthouseAccess access, CalendarFeeds feeds, CalendarImport import, CalendarUrlFetch fetch, CalendarSubscriptions subscriptions) : BookingsController
{
    [HttpPost("/umbraco/bookings/stays/{key:guid}/import-url")]
    public async Task<IActionResult> ImportUrlAsync(Guid key, [FromForm] Guid roomType, [FromForm] string? label, [FromForm] string? url, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(User, key, ShellContext.Text(HttpContext).Language, cancellationToken) is null)
        {
            return NotFound();
        }

        var origin = url?.Trim() ?? string.Empty;
        var (ics, error) = await fetch.FetchAsync(origin, cancellationToken);
        if (ics is null)
        {
            await import.LogFailureAsync(key, roomType, label ?? string.Empty, origin, error ?? "Unreadable.", cancellationToken);
            return StayController.Back(key, error: "url");
        }

        var log = await import.ImportAsync(key, roomType, label ?? string.Empty, origin, ics, CurrentUser.NameOf(User), cancellationToken);
        if (log.Failed)
        {
            return StayController.Back(key, error: "file");
        }

        await subscriptions.SubscribeAsync(key, roomType, label, origin, CurrentUser.NameOf(User), cancellationToken);
        return StayController.Back(key, done: "subscribed");
    }

    [HttpPost("/umbraco/bookings/stays/{key:guid}/subscriptions/{id:guid}/stop")]
    public async Task<IActionResult> StopAsync(Guid key, Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(User, key, ShellContext.Text(HttpContext).Language, cancellationToken) is null
            || !await subscriptions.StopAsync(key, id, cancellationToken))
        {
            return NotFound();
        }

        return StayController.Back(key, done: "syncStopped");
    }

    [HttpPost("/umbraco/bookings/stays/{key:guid}/feed")]
    public async Task<IActionResult> RenewFeedAsync(Guid key, [FromForm] string? action, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(User, key, ShellContext.Text(HttpContext).Language, cancellationToken) is null)
        {
            return NotFound();
        }

        var off = action == "off";
        await feeds.RenewAsync(key, turnOff: off, cancellationToken);
        return StayController.Back(key, done: off ? "feedOff" : "feed");
    }

    [HttpPost("/umbraco/bookings/stays/{key:guid}/import")]
    [RequestSizeLimit(CalendarImport.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = CalendarImport.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> ImportAsync(Guid key, [FromForm] Guid roomType, [FromForm] string? label, IFormFile? file, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(User, key, ShellContext.Text(HttpContext).Language, cancellationToken) is null)
        {
            return NotFound();
        }

        if (file is null || file.Length == 0 || file.Length > CalendarImport.MaxBytes)
        {
            return StayController.Back(key, error: "file");
        }

        string ics;
        using (var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8))
        {
            ics = await reader.ReadToEndAsync(cancellationToken);
        }

        var log = await import.ImportAsync(key, roomType, label ?? string.Empty, Path.GetFileName(file.FileName), ics, CurrentUser.NameOf(User), cancellationToken);
        if (!log.Failed)
        {
            // The file now stands for this label: the schedule must not overwrite it from the old URL.
            await subscriptions.StopAsync(key, roomType, label, cancellationToken);
        }

        return log.Failed ? StayController.Back(key, error: "file") : StayController.Back(key, done: "imported");
    }
}

/// <summary>
/// The export feed itself: anonymous, because calendar apps cannot sign in; the secret in the URL is the key. An
/// unknown or revoked secret is 404, as is any other path.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class CalendarFeedController(CalendarFeeds feeds) : Controller
{
    [HttpGet("/umbraco/bookings/feed/{token}.ics")]
    public async Task<IActionResult> GetAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length > 100 || await feeds.WriteAsync(token, cancellationToken) is not { } calendar)
        {
            return NotFound();
        }

        // Calendar apps poll; five minutes is the delay owners are told about, and nobody else's cache may keep it.
        Response.Headers.CacheControl = "private, max-age=300";
        return Content(calendar, CalendarFeeds.ContentType);
    }
}
