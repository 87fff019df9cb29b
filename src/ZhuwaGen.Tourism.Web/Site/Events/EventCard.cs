using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Events;

/// <summary>
/// An event in a list: its card, when it is, where, and whether it is on now or this weekend. For a repeating event
/// <see cref="Times"/> is the time on now, else the next, else the last, and <see cref="Repeats"/> says the rule.
/// </summary>
public sealed record EventCard(
    ItemCard Card, EventSchedule Schedule, EventTimes Times, EventStatus Status, string? StatusLabel, string? When, string? Repeats, SiteLinkOrNull Venue, bool IsSample)
{
    public static IReadOnlyList<EventCard> All(SiteRequest request, PublishedItem eventList) =>
        eventList.Children(request.Culture)
            .Where(e => e.ContentTypeAlias == "event")
            .Select(e => Of(request, e))
            .OfType<EventCard>()
            .OrderBy(e => e.Times.Start)
            .ToList();

    /// <summary>Events not over yet, soonest first.</summary>
    public static IEnumerable<EventCard> Upcoming(SiteRequest request, PublishedItem eventList) =>
        All(request, eventList).Where(e => e.Status != EventStatus.Past);

    /// <summary>Every time of <paramref name="events"/> that overlaps [<paramref name="from"/>, <paramref name="to"/>), soonest first.</summary>
    public static IReadOnlyList<EventCard> Occurring(SiteRequest request, IEnumerable<EventCard> events, DateTime from, DateTime to) =>
        events
            .SelectMany(e => e.Schedule.Between(from, to).Select(t => e.At(request, t)))
            .OrderBy(e => e.Times.Start)
            .ToList();

    /// <summary>Events not over yet at a stop (their venue).</summary>
    public static IReadOnlyList<EventCard> AtVenue(SiteRequest request, PublishedItem stop) =>
        request.Section("eventList") is { } list
            ? Upcoming(request, list).Where(e => e.Venue.Key == stop.Key).ToList()
            : [];

    public static EventCard? Of(SiteRequest request, PublishedItem item)
    {
        if (EventSchedule.Of(item, request.Culture) is not { } schedule)
        {
            return null;
        }

        var venue = item.Value<PublishedItem>("venue", request.Culture);
        var card = new EventCard(
            ItemCard.Of(request, item),
            schedule,
            schedule.First,
            EventStatus.Upcoming,
            null,
            null,
            EventRepeats.Describe(schedule, request.Text),
            venue is null ? SiteLinkOrNull.None : new SiteLinkOrNull(venue.Key, request.Name(venue), request.Url(venue), request.LangOf(venue)),
            item.Value<bool>("isSample", request.Culture));
        return card.At(request, schedule.Relevant(request.Clock.Now));
    }

    /// <summary>The same event shown at one of its times (a day of the month view).</summary>
    public EventCard At(SiteRequest request, EventTimes times)
    {
        var status = times.StatusAt(request.Clock.Now);
        var label = status switch
        {
            EventStatus.OnNow => request.Text["StatusOnNow"],
            EventStatus.ThisWeekend => request.Text["StatusThisWeekend"],
            EventStatus.Past => request.Text["StatusPast"],
            _ => null,
        };
        return this with { Times = times, Status = status, StatusLabel = label, When = times.Describe(request.Text) };
    }
}

/// <summary>A link to an item that may be missing (an event without a venue).</summary>
public sealed record SiteLinkOrNull(Guid? Key, string? Text, string? Url, string? Lang)
{
    public static SiteLinkOrNull None { get; } = new(null, null, null, null);
}
