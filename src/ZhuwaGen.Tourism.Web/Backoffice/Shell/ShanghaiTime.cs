namespace ZhuwaGen.Tourism.Web.Backoffice.Shell;

/// <summary>
/// Times in the back-office are shown in Asia/Shanghai, the township's clock, and say so. Schedules are stored in UTC;
/// content date-times are stored as the wall-clock time entered (see SiteClock) and shown as stored.
/// </summary>
public static class ShanghaiTime
{
    public const string ZoneName = "Asia/Shanghai";

    // China has kept UTC+8 all year since 1991, so no time-zone database is needed for dates this site schedules.
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTime FromUtc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) + Offset;

    /// <summary>What a phone's date-time picker gave ("2027-09-25T10:00", Shanghai wall clock) as UTC; null when empty or unreadable.</summary>
    public static DateTime? ParsePicker(string? text) =>
        DateTime.TryParseExact(text?.Trim(), "yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var wall)
            ? DateTime.SpecifyKind(wall - Offset, DateTimeKind.Utc)
            : null;
}
