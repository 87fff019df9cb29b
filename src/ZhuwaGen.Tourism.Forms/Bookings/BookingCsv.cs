using System.Globalization;
using ZhuwaGen.Tourism.Forms.Entries;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Bookings;

/// <summary>
/// An owner's bookings as CSV (UTF-8 with BOM so spreadsheet apps on Chinese phones read it; formula cells neutralised
/// as in <see cref="EntryCsv"/>). Times are Asia/Shanghai wall clock, the owner's clock, and the header says so.
/// </summary>
public static class BookingCsv
{
    public static readonly string Header = EntryCsv.Line(
    [
        "reference", "state", "guesthouse", "roomType", "checkIn", "checkOut", "nights", "guests",
        "name", "phone", "email", "requested (Asia/Shanghai)", "replyBy (Asia/Shanghai)", "ownerMessage",
        "answeredBy", "answered (Asia/Shanghai)",
    ]);

    public static string Row(BookingEntity booking, string guesthouse, string roomType) => EntryCsv.Line(
    [
        booking.Reference,
        booking.State.ToString(),
        guesthouse,
        roomType,
        Day(booking.FirstNight),
        Day(booking.FirstNight.AddDays(booking.Nights)),
        booking.Nights.ToString(CultureInfo.InvariantCulture),
        booking.Guests.ToString(CultureInfo.InvariantCulture),
        booking.GuestName,
        booking.GuestPhone ?? string.Empty,
        booking.GuestEmail ?? string.Empty,
        Shanghai(booking.CreatedUtc),
        booking.State == BookingState.Pending && booking.ReplyDeadlineUtc is { } deadline ? Shanghai(deadline) : string.Empty,
        booking.OwnerMessage ?? string.Empty,
        booking.DecidedByName ?? string.Empty,
        booking.DecidedUtc is { } decided ? Shanghai(decided) : string.Empty,
    ]);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // China keeps UTC+8 all year.
    private static string Shanghai(DateTime utc) => utc.AddHours(8).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
