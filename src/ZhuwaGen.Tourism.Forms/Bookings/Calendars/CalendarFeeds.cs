using System.Buffers.Text;
using System.Security.Cryptography;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Bookings.Calendars;

/// <summary>
/// A guesthouse's iCalendar export for Airbnb, Booking.com or a phone calendar, at a secret URL that calendar apps can
/// fetch without signing in. One active secret per guesthouse; a new one revokes the old, so a leaked link is cut off.
/// The feed carries availability only — reference, room type and nights — never the guest's name or contact.
/// </summary>
public sealed class CalendarFeeds(FormsDbContext db, PublishedContentReader content, [FromKeyedServices(FormsClock.Key)] TimeProvider clock)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string PathOf(string token) => $"/umbraco/bookings/feed/{token}.ics";

    public async Task<string?> ActiveTokenAsync(Guid guesthouse, CancellationToken cancellationToken) =>
        await db.CalendarFeeds.AsNoTracking()
            .Where(f => f.ContentId == guesthouse && f.RevokedUtc == null)
            .OrderByDescending(f => f.CreatedUtc)
            .Select(f => f.Token)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Revokes the guesthouse's secret URL and, unless <paramref name="turnOff"/>, makes a new one.</summary>
    public async Task<string?> RenewAsync(Guid guesthouse, bool turnOff, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CalendarFeeds.Where(f => f.ContentId == guesthouse && f.RevokedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.RevokedUtc, now), cancellationToken);
        string? token = null;
        if (!turnOff)
        {
            token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
            db.CalendarFeeds.Add(new CalendarFeedEntity { Id = Guid.NewGuid(), ContentId = guesthouse, Token = token, CreatedUtc = now });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return token;
    }

    /// <summary>The calendar behind a secret, or null when the secret is unknown or revoked.</summary>
    public async Task<string?> WriteAsync(string token, CancellationToken cancellationToken)
    {
        var guesthouse = await db.CalendarFeeds.AsNoTracking()
            .Where(f => f.Token == token && f.RevokedUtc == null)
            .Select(f => (Guid?)f.ContentId)
            .FirstOrDefaultAsync(cancellationToken);
        if (guesthouse is null)
        {
            return null;
        }

        var site = content.Current;
        var item = site.ByKey(guesthouse.Value);
        var target = BookableTarget.Read(content, guesthouse.Value, site.Snapshot.DefaultCulture);
        var roomNames = target?.RoomTypes.ToDictionary(r => r.Resource, r => r.Name) ?? [];
        var stamp = new CalDateTime(clock.GetUtcNow().UtcDateTime, true);
        var calendar = new Ical.Net.Calendar { ProductId = "-//ZhuwaGen Tourism//Bookings//EN" };
        calendar.AddProperty("X-WR-CALNAME", item?.Name(site.Snapshot.DefaultCulture) ?? "Bookings");

        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.ContentId == guesthouse && (b.State == BookingState.Pending || b.State == BookingState.Confirmed))
            .ToListAsync(cancellationToken);
        foreach (var booking in bookings)
        {
            var state = booking.State == BookingState.Confirmed ? "Booked" : "Requested";
            calendar.Events.Add(AllDay(booking.Id, booking.FirstNight, booking.Nights, $"{state} {booking.Reference} · {roomNames.GetValueOrDefault(booking.Resource)}", stamp));
        }

        foreach (var block in await db.RoomBlocks.AsNoTracking().Where(b => b.ContentId == guesthouse).ToListAsync(cancellationToken))
        {
            var rooms = block.Rooms > 1 ? $" × {block.Rooms}" : string.Empty;
            calendar.Events.Add(AllDay(block.Id, block.FirstNight, block.Nights, $"Blocked ({block.Source}) · {roomNames.GetValueOrDefault(block.Resource)}{rooms}", stamp));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static CalendarEvent AllDay(Guid id, DateOnly firstNight, int nights, string summary, CalDateTime stamp) => new()
    {
        Uid = id.ToString("D") + "@zhuwagen.tourism",
        Summary = summary,
        DtStart = new CalDateTime(firstNight),
        DtEnd = new CalDateTime(firstNight.AddDays(nights)),
        DtStamp = stamp,
        Transparency = "OPAQUE",
    };
}
