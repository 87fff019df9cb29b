using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Forms.Entries;
using ZhuwaGen.Tourism.Forms.Persistence;
using A = ZhuwaGen.Tourism.Forms.Bookings.BookingRequest.Aliases;

namespace ZhuwaGen.Tourism.Forms.Bookings;

/// <summary>
/// The reserve-inventory workflow: turns a booking request into a booking and its holds, all or nothing, inside the
/// caller's transaction. It reads the units already held and takes the lowest free ones; if another request took the
/// same unit meanwhile, the unique index on (resource, night, unit) refuses one of the two commits and the caller
/// retries, now seeing the unit taken. So the database, not this code, is what forbids overbooking.
/// </summary>
public static class Reservation
{
    public sealed record Plan(string Resource, DateOnly FirstNight, int Nights, int Units, int Capacity);

    /// <summary>Checks the request against the target; returns errors keyed by field alias, or what to hold.</summary>
    public static (Dictionary<string, string[]> Errors, Plan? Plan) PlanFor(
        BookableTarget? target, BookingRequest request, DateOnly today, BookingOptions options, FormMessages messages)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (target is null)
        {
            errors["contentId"] = [messages.For(null, "bookingNotBookable")];
            return (errors, null);
        }

        if (target.Kind == BookableKind.Guesthouse)
        {
            var roomType = Guid.TryParse(request.RoomType, out var key) ? target.RoomTypes.FirstOrDefault(r => r.Key == key) : null;
            if (roomType is null)
            {
                errors[A.RoomType] = [messages.For(null, "bookingUnknown")];
            }
            else if (request.Guests > roomType.MaxGuests)
            {
                errors[A.Guests] = [messages.For(null, "bookingTooManyGuests", argument: roomType.MaxGuests)];
            }

            if (request.CheckIn is not { } checkIn || request.CheckOut is not { } checkOut)
            {
                errors[A.CheckIn] = [messages.For(null, "date")];
                return (errors, null);
            }

            var nights = checkOut.DayNumber - checkIn.DayNumber;
            if (nights <= 0)
            {
                errors[A.CheckOut] = [messages.For(null, "bookingReversed")];
            }
            else if (checkIn < today)
            {
                errors[A.CheckIn] = [messages.For(null, "bookingPast")];
            }
            else if (nights > options.MaxNights)
            {
                errors[A.CheckOut] = [messages.For(null, "bookingTooLong", argument: options.MaxNights)];
            }

            return errors.Count > 0 ? (errors, null) : (errors, new Plan(roomType!.Resource, checkIn, nights, 1, roomType.Rooms));
        }

        // Experiences and events sell places: one unit per guest on the slot's day.
        var slot = request.Slot?.Trim() ?? string.Empty;
        DateOnly? day = target.Kind == BookableKind.Event ? target.EventDate : null;
        if (slot.Length > 0 && EntryValidator.TryDate(slot.Length >= 10 ? slot[..10] : slot, out var slotDay))
        {
            day = slotDay;
        }

        if (day is null)
        {
            errors[A.Slot] = [messages.For(null, "bookingUnknown")];
            return (errors, null);
        }

        if (day < today)
        {
            errors[target.Kind == BookableKind.Event && slot.Length == 0 ? A.Guests : A.Slot] = [messages.For(null, "bookingPast")];
            return (errors, null);
        }

        var resource = string.Create(CultureInfo.InvariantCulture, $"places:{target.ContentId:N}:{slot}");
        return (errors, new Plan(resource, day.Value, 1, request.Guests, target.Places));
    }

    /// <summary>Adds the holds for <paramref name="bookingId"/>, or returns the first night with too few free units.</summary>
    public static async Task<DateOnly?> HoldAsync(FormsDbContext db, Plan plan, Guid bookingId, CancellationToken cancellationToken)
    {
        var lastNight = plan.FirstNight.AddDays(plan.Nights - 1);
        var taken = await db.InventoryHolds.AsNoTracking()
            .Where(h => h.Resource == plan.Resource && h.Night >= plan.FirstNight && h.Night <= lastNight)
            .Select(h => new { h.Night, h.Unit })
            .ToListAsync(cancellationToken);
        var takenByNight = taken.ToLookup(t => t.Night, t => t.Unit);
        for (var night = plan.FirstNight; night <= lastNight; night = night.AddDays(1))
        {
            var used = takenByNight[night].ToHashSet();
            var free = Enumerable.Range(1, Math.Max(0, plan.Capacity)).Where(u => !used.Contains(u)).Take(plan.Units).ToList();
            if (free.Count < plan.Units)
            {
                return night;
            }

            foreach (var unit in free)
            {
                db.InventoryHolds.Add(new InventoryHoldEntity { Resource = plan.Resource, Night = night, Unit = unit, BookingId = bookingId });
            }
        }

        return null;
    }

    /// <summary>Gives the units back (declined, expired or cancelled): deleting the rows is the release.</summary>
    public static Task<int> ReleaseAsync(FormsDbContext db, Guid bookingId, CancellationToken cancellationToken) =>
        db.InventoryHolds.Where(h => h.BookingId == bookingId).ExecuteDeleteAsync(cancellationToken);
}
