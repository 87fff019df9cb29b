namespace ZhuwaGen.Tourism.Web.Site.Text;

/// <summary>
/// The site's wall clock, in China Standard Time (Asia/Shanghai, UTC+8 all year). Dates in content (event start and
/// end, notice validity) are entered as the local wall-clock time and stored without an offset, so pages show them
/// as stored and compare them with the wall clock here, never with UTC.
/// </summary>
public sealed class SiteClock(TimeProvider time)
{
    private static readonly TimeZoneInfo China = FindChina();

    public DateTime Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), China).DateTime;

    public DateTime Today => Now.Date;

    /// <summary>A UTC moment (a booking's reply deadline) as the time on a clock in China.</summary>
    public static DateTime ChinaTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), China);

    /// <summary>A stored date-time as the wall-clock time an editor entered.</summary>
    public static DateTime WallClock(DateTimeOffset stored) => DateTime.SpecifyKind(stored.UtcDateTime, DateTimeKind.Unspecified);

    private static TimeZoneInfo FindChina()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("China", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
