using ZhuwaGen.Tourism.Forms.Bookings;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Bookings;

/// <summary>
/// One guesthouse in the inbox: its room-status calendar (房态) as a list of nights per room type — never a sideways
/// table — its manual blocks, and its calendar sync (the secret export link, imports and their log).
/// </summary>
public sealed class StayPage : ShellPage
{
    public required ManagedGuesthouse Guesthouse { get; init; }

    public required DateOnly From { get; init; }

    public required int Days { get; init; }

    public required IReadOnlyList<RoomNight> Nights { get; init; }

    public required IReadOnlyList<RoomBlockEntity> Blocks { get; init; }

    public required string? FeedUrl { get; init; }

    public required IReadOnlyList<CalendarSyncLogEntity> SyncLog { get; init; }

    /// <summary>Calendar URLs read again every <see cref="SyncHours"/> hours.</summary>
    public required IReadOnlyList<CalendarSubscriptionEntity> Subscriptions { get; init; }

    public required int SyncHours { get; init; }

    public string RoomTypeName(Guid roomType) => Guesthouse.RoomTypes.FirstOrDefault(r => r.Key == roomType)?.Name ?? string.Empty;

    public required DateOnly Today { get; init; }

    public string? Notice { get; init; }

    public string? Problem { get; init; }

    public string Day(DateOnly day) => day.ToString(Text["NightFormat"], Text.Culture);

    /// <summary>The word and the class for a night of one room type: one state when all rooms share it, else "mixed".</summary>
    public static string StateOf(RoomNight night) =>
        night.Free == night.Rooms ? "free"
        : night.Booked == night.Rooms ? "booked"
        : night.Blocked == night.Rooms ? "blocked"
        : night.Held == night.Rooms ? "held"
        : night.Free == 0 ? "full" : "some";

    public string Summary(RoomNight night) => string.Join(" · ", new (int Count, string Key)[]
        {
            (night.Free, "NightFree"), (night.Held, "NightHeld"), (night.Booked, "NightBooked"), (night.Blocked, "NightBlocked"),
        }
        .Where(p => p.Count > 0)
        .Select(p => Text.Format(p.Key, p.Count)));

    public string Source(BlockSource source) => Text["Source_" + source];
}
