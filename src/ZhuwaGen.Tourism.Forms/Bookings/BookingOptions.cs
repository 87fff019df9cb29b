namespace ZhuwaGen.Tourism.Forms.Bookings;

/// <summary>Bound from "Forms:Bookings".</summary>
public sealed class BookingOptions
{
    public const string SectionName = "Forms:Bookings";

    /// <summary>How long an owner has to confirm a request before it is declined for them.</summary>
    public TimeSpan ReplyWindow { get; set; } = TimeSpan.FromHours(24);

    public int MaxNights { get; set; } = 30;

    /// <summary>The guesthouses' time zone: "today" for the past-date check is today there.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public TimeSpan CancelLinkLifetime { get; set; } = TimeSpan.FromDays(60);

    /// <summary>The site's address for links in mail (e.g. https://zhuwagen.example); relative links without it.</summary>
    public string? PublicBaseUrl { get; set; }

    public TimeSpan DeadlineCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Days after check-out (or after a decision, for a stay that never happened) before a booking's guest data is anonymised.</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>Days after an entry without a booking (an enquiry, a registration) was submitted before its personal values are anonymised.</summary>
    public int EntryRetentionDays { get; set; } = 365;

    public TimeSpan RetentionCheckInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How often a calendar imported from a URL is read again (each run in the sync log).</summary>
    public TimeSpan CalendarSyncInterval { get; set; } = TimeSpan.FromHours(3);

    /// <summary>How far ahead manual blocks and calendar imports may reach, in nights from today.</summary>
    public int BlockHorizonDays { get; set; } = 400;
}
