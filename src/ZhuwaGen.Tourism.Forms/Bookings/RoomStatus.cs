using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Bookings;

/// <summary>
/// One night of one room type: rooms in all, held by pending requests, booked by confirmed ones, blocked by the owner
/// (orders from other channels, imported calendars), and free.
/// </summary>
public sealed record RoomNight(Guid RoomType, string RoomTypeName, DateOnly Night, int Rooms, int Held, int Booked, int Blocked = 0)
{
    public int Free => Math.Max(0, Rooms - Held - Booked - Blocked);
}

/// <summary>The room-status calendar (房态) of a guesthouse, for the inbox and for availability on the site.</summary>
public sealed class RoomStatus(FormsDbContext db, PublishedContentReader content)
{
    public async Task<IReadOnlyList<RoomNight>?> ForGuesthouseAsync(Guid guesthouse, DateOnly from, DateOnly to, string culture, CancellationToken cancellationToken)
    {
        var target = BookableTarget.Read(content, guesthouse, culture);
        if (target is not { Kind: BookableKind.Guesthouse })
        {
            return null;
        }

        var resources = target.RoomTypes.Select(r => r.Resource).ToList();
        var holds = await db.InventoryHolds.AsNoTracking()
            .Where(h => resources.Contains(h.Resource) && h.Night >= from && h.Night < to)
            .Select(h => new
            {
                h.Resource,
                h.Night,
                State = db.Bookings.Where(b => b.Id == h.BookingId).Select(b => (BookingState?)b.State).FirstOrDefault(),
                Blocked = db.RoomBlocks.Any(b => b.Id == h.BookingId),
            })
            .ToListAsync(cancellationToken);
        var nights = new List<RoomNight>();
        foreach (var room in target.RoomTypes)
        {
            for (var night = from; night < to; night = night.AddDays(1))
            {
                var here = holds.Where(h => h.Resource == room.Resource && h.Night == night).ToList();
                nights.Add(new RoomNight(room.Key, room.Name, night, room.Rooms,
                    here.Count(h => h.State == BookingState.Pending), here.Count(h => h.State == BookingState.Confirmed), here.Count(h => h.Blocked)));
            }
        }

        return nights;
    }
}
