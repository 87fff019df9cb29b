using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Forms.Bookings;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Bookings;

/// <summary>
/// The bookings inbox, a guesthouse owner's first screen: requests waiting for an answer first, each with its reply
/// deadline, and confirm or decline in one tap with an optional message. A decision goes through
/// <see cref="BookingService"/>, whose outbox mails the guest; the owner stays in the inbox (POST-redirect-GET).
/// </summary>
public sealed class InboxController(GuesthouseAccess access, BookingService bookings, IOptions<BookingOptions> options, [FromKeyedServices(FormsClock.Key)] TimeProvider clock) : BookingsController
{
    /// <summary>Decided and past bookings per page; requests waiting for an answer are always all shown, first.</summary>
    public const int OthersPerPage = 20;

    [KeepOffline]
    [HttpGet(BackofficeRoutes.Bookings)]
    public async Task<IActionResult> ShowAsync(string? done, string? reference, int? page, CancellationToken cancellationToken)
    {
        var text = ShellContext.Text(HttpContext);
        Response.Headers.CacheControl = "no-store";
        var guesthouses = await access.ForAsync(User, text.Language, cancellationToken);
        var byKey = guesthouses.ToDictionary(g => g.Key);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = BookingClock.Today(clock, options.Value);
        var all = (await bookings.ListForContentAsync(byKey.Keys, cancellationToken))
            .Select(b => (Booking: b, Card: BookingCard.Of(b, byKey[b.ContentId], text, now)))
            .ToList();
        // After the requests: stays still to come, soonest first, then what is past or was not taken, latest first.
        var ordered = all.Where(b => b.Booking.State != BookingState.Pending)
            .OrderBy(b => b.Booking.State == BookingState.Confirmed && b.Card.CheckOut >= today ? 0 : 1)
            .ThenBy(b => b.Booking.State == BookingState.Confirmed && b.Card.CheckOut >= today ? b.Card.CheckIn.DayNumber : -b.Card.CheckIn.DayNumber)
            .ThenByDescending(b => b.Booking.CreatedUtc)
            .ThenBy(b => b.Booking.Id)
            .Select(b => b.Card)
            .ToList();
        var others = InboxPaging.Of(ordered, page, OthersPerPage);
        return View("~/Backoffice/Bookings/Inbox.cshtml", new InboxPage
        {
            Text = text,
            Title = text["InboxTitle"],
            CurrentTab = Section.Bookings,
            Tabs = Section.For(User),
            Guesthouses = guesthouses,
            Pending = all.Where(b => b.Booking.State == BookingState.Pending).Select(b => b.Card).ToList(),
            Others = others,
            Notice = done is not ("confirmed" or "declined" or "already") ? null
                : text.Format("Done_" + done, reference ?? string.Empty, text.Time(ShanghaiTime.FromUtc(now)), AnsweredAs(all.Select(b => b.Booking), reference, text)),
            NoticeIsRefusal = done == "already",
        });
    }

    /// <summary>
    /// What a booking became, for a manager whose answer came second (several may manage one guesthouse; the first
    /// decision wins in <see cref="BookingService"/>): "confirmed", "declined", … — only among bookings they may see.
    /// </summary>
    private static string AnsweredAs(IEnumerable<BookingEntity> visible, string? reference, BackofficeText text) =>
        visible.FirstOrDefault(b => b.Reference == reference) is { } booking ? text["BookingState_" + booking.State] : string.Empty;

    [HttpPost(BackofficeRoutes.Bookings + "/{id:guid}/decide")]
    public async Task<IActionResult> DecideAsync(Guid id, [FromForm] string? decision, [FromForm] string? message, CancellationToken cancellationToken)
    {
        var booking = await bookings.FindAsync(id, cancellationToken);
        var text = ShellContext.Text(HttpContext);
        if (booking is null || await access.FindAsync(User, booking.ContentId, text.Language, cancellationToken) is null)
        {
            return NotFound();
        }

        message = string.IsNullOrWhiteSpace(message) ? null : message.Trim()[..Math.Min(message.Trim().Length, 1000)];
        var status = decision switch
        {
            "confirm" => await bookings.ConfirmAsync(id, message, CurrentManager.Of(User), cancellationToken),
            "decline" => await bookings.DeclineAsync(id, message, CurrentManager.Of(User), cancellationToken),
            _ => (BookingOperationStatus?)null,
        };
        if (status is null)
        {
            return BadRequest();
        }

        var done = status == BookingOperationStatus.Success ? (decision == "confirm" ? "confirmed" : "declined") : "already";
        return Redirect($"{BackofficeRoutes.Bookings}?done={done}&reference={Uri.EscapeDataString(booking.Reference)}");
    }
}
