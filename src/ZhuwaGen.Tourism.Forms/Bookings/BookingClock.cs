namespace ZhuwaGen.Tourism.Forms.Bookings;

/// <summary>"Today" where the guesthouses are, so a guest booking late at night in China is not told today is past.</summary>
public static class BookingClock
{
    public static DateOnly Today(TimeProvider clock, BookingOptions options)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
    }
}
