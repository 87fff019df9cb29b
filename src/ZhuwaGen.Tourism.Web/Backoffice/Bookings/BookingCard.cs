using System.Globalization;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Bookings;

/// <summary>One booking as the inbox shows it: who, how to call them, which nights in which room, and where it stands.</summary>
public sealed record BookingCard(
    Guid Id,
    string Reference,
    BookingState State,
    string Guesthouse,
    string RoomType,
    DateOnly CheckIn,
    DateOnly CheckOut,
    int Nights,
    int Guests,
    string GuestName,
    string? Phone,
    string? Email,
    string? OwnerMessage,
    string? Deadline,
    string? DeadlineIn,
    string? Answered)
{
    public static BookingCard Of(BookingEntity booking, ManagedGuesthouse guesthouse, BackofficeText text, DateTime nowUtc) => new(
        booking.Id,
        booking.Reference,
        booking.State,
        guesthouse.Name,
        guesthouse.RoomTypeName(booking.Resource),
        booking.FirstNight,
        booking.FirstNight.AddDays(booking.Nights),
        booking.Nights,
        booking.Guests,
        booking.GuestName,
        booking.GuestPhone,
        booking.GuestEmail,
        booking.OwnerMessage,
        booking.State == BookingState.Pending && booking.ReplyDeadlineUtc is { } deadline ? text.DateTime(ShanghaiTime.FromUtc(deadline)) : null,
        booking.State == BookingState.Pending && booking.ReplyDeadlineUtc is { } due ? Remaining(due - nowUtc, text) : null,
        Answer(booking, text));

    /// <summary>"已确认 · 王芳 · 11-30 14:05": what became of it, who answered (several may manage one guesthouse) and when.</summary>
    public static string? Answer(BookingEntity booking, BackofficeText text) => booking.DecidedUtc is not { } decided || booking.State == BookingState.Pending
        ? null
        : string.Join(" · ", new[] { text["BookingState_" + booking.State], booking.DecidedByName, ShanghaiTime.FromUtc(decided).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture) }
            .Where(part => !string.IsNullOrEmpty(part)));

    /// <summary>"in 5 h", "in 40 min", "overdue": how long the owner has left, rounded down so it never overstates.</summary>
    public static string Remaining(TimeSpan left, BackofficeText text) => left switch
    {
        { TotalMinutes: < 1 } => text["DeadlinePassed"],
        { TotalHours: < 1 } => text.Format("DeadlineInMinutes", (int)left.TotalMinutes),
        _ => text.Format("DeadlineInHours", (int)left.TotalHours),
    };

    /// <summary>A number a phone can dial: digits and a leading plus only.</summary>
    public string? DialNumber => Phone is null ? null : new string(Phone.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray()) is { Length: > 0 } n ? n : null;

    public string Dates(BackofficeText text) =>
        text.Format("StayDates", Day(CheckIn, text), Day(CheckOut, text), Nights);

    private static string Day(DateOnly day, BackofficeText text) => day.ToString(text["DayFormat"], text.Culture);
}

/// <summary>The inbox: pending requests first (soonest deadline first), then the rest, newest first.</summary>
public sealed class InboxPage : ShellPage
{
    public required IReadOnlyList<ManagedGuesthouse> Guesthouses { get; init; }

    public required IReadOnlyList<BookingCard> Pending { get; init; }

    /// <summary>One page of the decided and past bookings.</summary>
    public required InboxPaging Others { get; init; }

    public string? Notice { get; init; }

    /// <summary>The notice says the tap changed nothing (someone answered first), so it looks like a refusal.</summary>
    public bool NoticeIsRefusal { get; init; }
}
