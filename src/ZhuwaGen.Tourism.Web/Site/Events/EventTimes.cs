using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Site.Events;

public enum EventStatus
{
    Upcoming,
    ThisWeekend,
    OnNow,
    Past,
}

/// <summary>An event's start and end as wall-clock times, and where it stands against now.</summary>
public sealed record EventTimes(DateTime Start, DateTime End)
{
    public static EventTimes? Of(PublishedItem item, string culture)
    {
        if (item.Value<DateTimeOffset?>("startDate", culture) is not { } start)
        {
            return null;
        }

        var end = item.Value<DateTimeOffset?>("endDate", culture) is { } e && e >= start ? e : start;
        return new EventTimes(SiteClock.WallClock(start), SiteClock.WallClock(end));
    }

    public EventStatus StatusAt(DateTime now)
    {
        if (End < now)
        {
            return EventStatus.Past;
        }

        if (Start <= now)
        {
            return EventStatus.OnNow;
        }

        var (saturday, monday) = Weekend(now.Date);
        return Start < monday && End >= saturday ? EventStatus.ThisWeekend : EventStatus.Upcoming;
    }

    /// <summary>"25 Sep 2027 10:00–17:00" on one day, else both ends with their dates.</summary>
    public string Describe(SiteText text) =>
        Start.Date == End.Date
            ? $"{text.DateTime(Start)}–{End:HH:mm}"
            : $"{text.DateTime(Start)} – {text.DateTime(End)}";

    /// <summary>This week's Saturday 00:00 and the Monday after it; on a Sunday, the weekend in progress.</summary>
    private static (DateTime Saturday, DateTime Monday) Weekend(DateTime today)
    {
        var saturday = today.DayOfWeek == DayOfWeek.Sunday ? today.AddDays(-1) : today.AddDays(((int)DayOfWeek.Saturday - (int)today.DayOfWeek + 7) % 7);
        return (saturday, saturday.AddDays(2));
    }
}
