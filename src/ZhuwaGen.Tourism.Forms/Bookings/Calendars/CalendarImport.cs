using System.Globalization;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Forms.Bookings.Blocks;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Bookings.Calendars;

/// <summary>
/// Reads another channel's iCalendar (Airbnb, Booking.com) for one room type and blocks its nights, one room per
/// event. An import replaces the blocks of the previous import with the same label, in one transaction, so a
/// cancellation there frees the room here and re-importing never doubles. Left out, and counted in the sync log:
/// past nights, Airbnb's rolling "Not available" windows (they move every day and are not orders), and events
/// whose nights the site already sold (an overbooking for the owner to resolve, named in the log).
/// </summary>
public sealed class CalendarImport(
    FormsDbContext db, PublishedContentReader content, RoomBlocks blocks, IOptions<BookingOptions> options, [FromKeyedServices(FormsClock.Key)] TimeProvider clock)
{
    public const int MaxBytes = 1024 * 1024;
    private const int MaxAttempts = 10;

    public async Task<CalendarSyncLogEntity> ImportAsync(
        Guid guesthouse, Guid roomTypeKey, string label, string origin, string icsText, string createdBy, CancellationToken cancellationToken)
    {
        label = LabelOf(label);
        var log = new CalendarSyncLogEntity
        {
            ContentId = guesthouse,
            RoomType = roomTypeKey,
            Label = label,
            Origin = origin.Length > 500 ? origin[..500] : origin,
            RunUtc = clock.GetUtcNow().UtcDateTime,
        };
        var roomType = BookableTarget.Read(content, guesthouse, content.Current.Snapshot.DefaultCulture)?.RoomTypes.FirstOrDefault(r => r.Key == roomTypeKey);
        var events = roomType is null ? null : Parse(icsText, log);
        if (roomType is null || events is null)
        {
            log.Failed = true;
            log.Message ??= "Unknown room type.";
            return await SaveAsync(log, cancellationToken);
        }

        var skippedWhenRead = log.EventsSkipped;
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            (log.Id, log.EventsSkipped, log.NightsBlocked, log.Message) = (0, skippedWhenRead, 0, null);
            try
            {
                return await ReplaceAsync(guesthouse, roomType, label, events, log, createdBy, cancellationToken);
            }
            catch (Exception exception) when (UniqueConflict.Is(exception) && attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(5, 30), cancellationToken);
            }
        }
    }

    /// <summary>Logs an import that could not even read its calendar (a refused or unreachable URL).</summary>
    public async Task<CalendarSyncLogEntity> LogFailureAsync(Guid guesthouse, Guid roomTypeKey, string label, string origin, string message, CancellationToken cancellationToken) =>
        await SaveAsync(new CalendarSyncLogEntity
        {
            ContentId = guesthouse,
            RoomType = roomTypeKey,
            Label = LabelOf(label),
            Origin = origin.Length > 500 ? origin[..500] : origin,
            RunUtc = clock.GetUtcNow().UtcDateTime,
            Failed = true,
            Message = message.Length > 2000 ? message[..2000] : message,
        }, cancellationToken);

    /// <summary>The channel label as stored: trimmed, at most 100 characters, "iCal" when empty.</summary>
    public static string LabelOf(string? label) =>
        string.IsNullOrWhiteSpace(label) ? "iCal" : label.Trim()[..Math.Min(label.Trim().Length, 100)];

    public async Task<IReadOnlyList<CalendarSyncLogEntity>> LogAsync(Guid guesthouse, int take, CancellationToken cancellationToken) =>
        await db.CalendarSyncLog.AsNoTracking().Where(l => l.ContentId == guesthouse)
            .OrderByDescending(l => l.RunUtc).ThenByDescending(l => l.Id).Take(take).ToListAsync(cancellationToken);

    private async Task<CalendarSyncLogEntity> ReplaceAsync(
        Guid guesthouse, BookableRoomType roomType, string label, IReadOnlyList<ImportedStay> events, CalendarSyncLogEntity log, string createdBy,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var previous = await db.RoomBlocks.Where(b => b.ContentId == guesthouse && b.RoomType == roomType.Key
            && b.Source == BlockSource.Calendar && b.CalendarLabel == label).Select(b => b.Id).ToListAsync(cancellationToken);
        await db.InventoryHolds.Where(h => previous.Contains(h.BookingId)).ExecuteDeleteAsync(cancellationToken);
        await db.RoomBlocks.Where(b => previous.Contains(b.Id)).ExecuteDeleteAsync(cancellationToken);

        var today = BookingClock.Today(clock, options.Value);
        var horizon = today.AddDays(options.Value.BlockHorizonDays);
        var clashes = new List<string>();
        int blocked = 0, skipped = log.EventsSkipped;
        foreach (var stay in events)
        {
            var first = stay.First < today ? today : stay.First;
            var end = stay.End > horizon ? horizon : stay.End;
            if (end <= first)
            {
                skipped++;
                continue;
            }

            var plan = new Reservation.Plan(roomType.Resource, first, end.DayNumber - first.DayNumber, 1, roomType.Rooms);
            var block = blocks.New(guesthouse, roomType.Key, plan, BlockSource.Calendar, stay.Summary, createdBy);
            block.CalendarLabel = label;
            block.CalendarUid = stay.Uid;
            if (await Reservation.HoldAsync(db, plan, block.Id, cancellationToken) is { } full)
            {
                // Holds added for earlier nights of this event are still only tracked, not saved: drop them.
                foreach (var entry in db.ChangeTracker.Entries<InventoryHoldEntity>().Where(e => e.Entity.BookingId == block.Id).ToList())
                {
                    entry.State = EntityState.Detached;
                }

                skipped++;
                clashes.Add(full.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                continue;
            }

            db.RoomBlocks.Add(block);
            await db.SaveChangesAsync(cancellationToken);
            blocked += plan.Nights;
        }

        log.NightsBlocked = blocked;
        log.EventsSkipped = skipped;
        if (clashes.Count > 0)
        {
            log.Message = "Already sold here, not blocked: " + string.Join(", ", clashes);
        }

        db.CalendarSyncLog.Add(log);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return log;
    }

    /// <summary>The stays in the calendar (check-in, check-out), or null with the reason in the log when it does not parse.</summary>
    private static List<ImportedStay>? Parse(string icsText, CalendarSyncLogEntity log)
    {
        Ical.Net.Calendar? calendar;
        try
        {
            calendar = Ical.Net.Calendar.Load(icsText);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            calendar = null;
            log.Message = "Not an iCalendar file: " + exception.GetBaseException().Message;
        }

        if (calendar is null)
        {
            log.Message ??= "Not an iCalendar file.";
            return null;
        }

        var stays = new List<ImportedStay>();
        foreach (var item in calendar.Events.OfType<CalendarEvent>())
        {
            log.EventsRead++;
            if (item.DtStart is null || string.Equals(item.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase)
                || (item.Summary ?? string.Empty).Contains("Not available", StringComparison.OrdinalIgnoreCase))
            {
                log.EventsSkipped++;
                continue;
            }

            var first = item.DtStart.Date;
            var end = item.DtEnd is { } dtEnd ? dtEnd.Date : first.AddDays(1);
            // A timed end after midnight still means that night is taken (a late check-out is not a night).
            stays.Add(new ImportedStay(item.Uid, first, end > first ? end : first.AddDays(1), Trim(item.Summary)));
        }

        // One block per UID and dates, however often the file repeats them.
        return stays.DistinctBy(s => (s.Uid, s.First, s.End)).ToList();
    }

    private static string? Trim(string? summary) => summary is null ? null : summary.Length > 200 ? summary[..200] : summary;

    private async Task<CalendarSyncLogEntity> SaveAsync(CalendarSyncLogEntity log, CancellationToken cancellationToken)
    {
        db.CalendarSyncLog.Add(log);
        await db.SaveChangesAsync(cancellationToken);
        return log;
    }

    private sealed record ImportedStay(string? Uid, DateOnly First, DateOnly End, string? Summary);
}
