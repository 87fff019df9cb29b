using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Forms.Bookings;
using ZhuwaGen.Tourism.Forms.Bookings.Blocks;
using ZhuwaGen.Tourism.Forms.Bookings.Calendars;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Bookings;

/// <summary>
/// A guesthouse's room status, and the manual blocks an owner adds for orders taken by phone, WeChat, Ctrip or Meituan
/// (they hold rooms exactly as bookings do, so the site cannot sell those nights). Another owner's guesthouse is 404.
/// </summary>
public sealed class StayController(
    GuesthouseAccess access, RoomStatus status, RoomBlocks blocks, CalendarFeeds feeds, CalendarImport import,
    CalendarSubscriptions subscriptions, IOptions<BookingOptions> options, [FromKeyedServices(FormsClock.Key)] TimeProvider clock) : BookingsController
{
    public const int Days = 14;
    private static readonly string[] Notices = ["blocked", "unblocked", "feed", "feedOff", "imported", "subscribed", "syncStopped"];
    private static readonly string[] Problems = ["full", "dates", "roomType", "file", "url"];

    [KeepOffline]
    [HttpGet("/umbraco/bookings/stays/{key:guid}")]
    public async Task<IActionResult> ShowAsync(Guid key, string? from, string? done, string? error, string? night, CancellationToken cancellationToken)
    {
        var text = ShellContext.Text(HttpContext);
        if (await access.FindAsync(User, key, text.Language, cancellationToken) is not { } guesthouse)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        var today = BookingClock.Today(clock, options.Value);
        var start = DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asked) ? asked : today;
        var token = await feeds.ActiveTokenAsync(key, cancellationToken);
        return View("~/Backoffice/Bookings/Stay.cshtml", new StayPage
        {
            Text = text,
            Title = guesthouse.Name,
            CurrentTab = Section.Bookings,
            Tabs = Section.For(User),
            Guesthouse = guesthouse,
            From = start,
            Days = Days,
            Today = today,
            Nights = await status.ForGuesthouseAsync(key, start, start.AddDays(Days), text.Language, cancellationToken) ?? [],
            Blocks = await blocks.ListAsync(key, cancellationToken),
            FeedUrl = token is null ? null : $"{Request.Scheme}://{Request.Host}{CalendarFeeds.PathOf(token)}",
            SyncLog = await import.LogAsync(key, 5, cancellationToken),
            Subscriptions = await subscriptions.ListAsync(key, cancellationToken),
            SyncHours = Math.Max(1, (int)Math.Round(options.Value.CalendarSyncInterval.TotalHours)),
            Notice = Notices.Contains(done)
                ? text.Format("Done_" + done, text.Time(ShanghaiTime.FromUtc(clock.GetUtcNow().UtcDateTime)), Math.Max(1, (int)Math.Round(options.Value.CalendarSyncInterval.TotalHours)))
                : null,
            Problem = Problems.Contains(error) ? text.Format("Problem_" + error, night ?? string.Empty) : null,
        });
    }

    [HttpPost("/umbraco/bookings/stays/{key:guid}/blocks")]
    public async Task<IActionResult> AddBlockAsync(Guid key, [FromForm] BlockForm form, CancellationToken cancellationToken)
    {
        var text = ShellContext.Text(HttpContext);
        if (await access.FindAsync(User, key, text.Language, cancellationToken) is null)
        {
            return NotFound();
        }

        if (form.ToRequest() is not { } request)
        {
            return Back(key, error: "dates");
        }

        var (result, full) = await blocks.AddAsync(key, request, CurrentManager.Of(User), cancellationToken);
        return result switch
        {
            BlockOperationStatus.Success => Back(key, done: "blocked", from: request.FirstNight),
            BlockOperationStatus.Full => Back(key, error: "full", night: full),
            BlockOperationStatus.UnknownRoomType => Back(key, error: "roomType"),
            _ => Back(key, error: "dates"),
        };
    }

    [HttpPost("/umbraco/bookings/stays/{key:guid}/blocks/{blockId:guid}/remove")]
    public async Task<IActionResult> RemoveBlockAsync(Guid key, Guid blockId, CancellationToken cancellationToken)
    {
        var text = ShellContext.Text(HttpContext);
        if (await access.FindAsync(User, key, text.Language, cancellationToken) is null
            || await blocks.RemoveAsync(key, blockId, cancellationToken) == BlockOperationStatus.NotFound)
        {
            return NotFound();
        }

        return Back(key, done: "unblocked");
    }

    internal static RedirectResult Back(Guid key, string? done = null, string? error = null, DateOnly? night = null, DateOnly? from = null)
    {
        var query = new List<string>();
        if (from is { } day)
        {
            query.Add("from=" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (done is not null)
        {
            query.Add("done=" + done);
        }

        if (error is not null)
        {
            query.Add("error=" + error);
        }

        if (night is { } n)
        {
            query.Add("night=" + n.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return new RedirectResult(BackofficeRoutes.Stay(key) + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty));
    }
}

/// <summary>The block form: a room type, the first night and the check-out day (as guests give dates), rooms, where the order came from.</summary>
public sealed record BlockForm(Guid RoomType, string? From, string? To, int Rooms, BlockSource Source, string? Note)
{
    public BlockRequest? ToRequest()
    {
        if (!DateOnly.TryParseExact(From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return null;
        }

        // No check-out day given: one night.
        var end = DateOnly.TryParseExact(To, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to) ? to : first.AddDays(1);
        return end <= first || Source == BlockSource.Calendar ? null : new BlockRequest(RoomType, first, end.DayNumber - first.DayNumber, Math.Max(1, Rooms), Source, Note);
    }
}
