namespace ZhuwaGen.Tourism.Forms.Persistence;

/// <summary>
/// Rooms an owner took off sale: an order taken by phone, WeChat, Ctrip or Meituan, or nights read from another
/// channel's calendar. It holds inventory exactly as a booking does (rows in inventory_holds under its id), so the
/// site cannot sell those nights.
/// </summary>
public sealed class RoomBlockEntity
{
    public Guid Id { get; set; }

    /// <summary>The guesthouse document.</summary>
    public Guid ContentId { get; set; }

    /// <summary>The room type's block key on the guesthouse page.</summary>
    public Guid RoomType { get; set; }

    public string Resource { get; set; } = string.Empty;

    public DateOnly FirstNight { get; set; }

    public int Nights { get; set; }

    public int Rooms { get; set; }

    public BlockSource Source { get; set; }

    public string? Note { get; set; }

    /// <summary>For a calendar import: the channel's label (e.g. "Airbnb"); a new import of it replaces its blocks.</summary>
    public string? CalendarLabel { get; set; }

    /// <summary>For a calendar import: the event's UID in the imported calendar.</summary>
    public string? CalendarUid { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    /// <summary>The account of the manager who blocked the rooms by hand; null for calendar imports.</summary>
    public Guid? CreatedByKey { get; set; }

    public DateTime CreatedUtc { get; set; }
}

public enum BlockSource
{
    Phone,
    WeChat,
    Ctrip,
    Meituan,
    Other,

    /// <summary>Imported from another channel's iCalendar.</summary>
    Calendar,
}

/// <summary>A guesthouse's iCalendar export at a secret URL; revoking it makes the URL answer 404.</summary>
public sealed class CalendarFeedEntity
{
    public Guid Id { get; set; }

    public Guid ContentId { get; set; }

    /// <summary>The secret in the URL: 32 random bytes, base64url.</summary>
    public string Token { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }
}

/// <summary>One iCalendar import for a guesthouse's room type: what was read, what was blocked, what could not be.</summary>
public sealed class CalendarSyncLogEntity
{
    public long Id { get; set; }

    public Guid ContentId { get; set; }

    public Guid RoomType { get; set; }

    public string Label { get; set; } = string.Empty;

    /// <summary>The uploaded file's name or the URL read.</summary>
    public string Origin { get; set; } = string.Empty;

    public DateTime RunUtc { get; set; }

    public int EventsRead { get; set; }

    public int NightsBlocked { get; set; }

    /// <summary>Events left out: in the past, "Not available" windows, or nights the site had already sold.</summary>
    public int EventsSkipped { get; set; }

    /// <summary>Why the import failed, or the nights that clashed with bookings; null when all went in.</summary>
    public string? Message { get; set; }

    public bool Failed { get; set; }
}

/// <summary>
/// A calendar URL read again on a schedule for one room type under one label (the latest URL import of that label):
/// each run replaces the label's blocks, as a manual import does, and is written to the sync log.
/// </summary>
public sealed class CalendarSubscriptionEntity
{
    public Guid Id { get; set; }

    public Guid ContentId { get; set; }

    public Guid RoomType { get; set; }

    public string Label { get; set; } = string.Empty;

    public string Url { get; set; } = string.Empty;

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the schedule reads it next; an instance claims a run by moving this forward first.</summary>
    public DateTime NextRunUtc { get; set; }

    public DateTime? LastRunUtc { get; set; }
}
