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
    /// <summary>Every event under <paramref name="eventList"/>, by the time on now, else the next, else the last.</summary>
    public static IReadOnlyList<EventCard> All(SiteRequest request, PublishedItem eventList) =>
        Scheduled(request, eventList.Children(request.Culture)).Select(e => e.Card(request)).ToList();

    /// <summary>
    /// Events not over yet, soonest first. Only the schedules are read for every event; a card (pictures, venue,
    /// wording) is made for an event only when it is enumerated, so the home page's three soonest cost three cards.
    /// </summary>
    public static IEnumerable<EventCard> Upcoming(SiteRequest request, PublishedItem eventList) =>
        NotOver(request, Scheduled(request, eventList.Children(request.Culture))).Select(e => e.Card(request));

    /// <summary>Every time of <paramref name="events"/> that overlaps [<paramref name="from"/>, <paramref name="to"/>), soonest first.</summary>
    public static IReadOnlyList<EventCard> Occurring(SiteRequest request, IEnumerable<EventCard> events, DateTime from, DateTime to) =>
        events
            .SelectMany(e => e.Schedule.Between(from, to).Select(t => e.At(request, t)))
            .OrderBy(e => e.Times.Start)
            .ToList();

    /// <summary>Events not over yet at a stop (their venue); the venue is read first, so other events' schedules are not.</summary>
    public static IReadOnlyList<EventCard> AtVenue(SiteRequest request, PublishedItem stop) =>
        request.Section("eventList") is { } list
            ? NotOver(request, Scheduled(request, list.Children(request.Culture).Where(e => VenueOf(request, e)?.Key == stop.Key)))
                .Select(e => e.Card(request))
                .ToList()
            : [];

    public static EventCard? Of(SiteRequest request, PublishedItem item) =>
        ScheduledEvent.Of(request, item)?.Card(request);

    private static IOrderedEnumerable<ScheduledEvent> Scheduled(SiteRequest request, IEnumerable<PublishedItem> items) =>
        items
            .Where(e => e.ContentTypeAlias == "event")
            .Select(e => ScheduledEvent.Of(request, e))
            .OfType<ScheduledEvent>()
            .OrderBy(e => e.Times.Start);

    private static IEnumerable<ScheduledEvent> NotOver(SiteRequest request, IEnumerable<ScheduledEvent> events) =>
        events.Where(e => e.Times.StatusAt(request.Clock.Now) != EventStatus.Past);

    private static PublishedItem? VenueOf(SiteRequest request, PublishedItem item) => item.Value<PublishedItem>("venue", request.Culture);

    /// <summary>An event with its schedule and the time that matters now: what lists sort and filter on before any card is made.</summary>
    private sealed record ScheduledEvent(PublishedItem Item, EventSchedule Schedule, EventTimes Times)
    {
        public static ScheduledEvent? Of(SiteRequest request, PublishedItem item) =>
            EventSchedule.Of(item, request.Culture) is { } schedule
                ? new ScheduledEvent(item, schedule, schedule.Relevant(request.Clock.Now))
                : null;

        public EventCard Card(SiteRequest request)
        {
            var venue = VenueOf(request, Item);
            var card = new EventCard(
                ItemCard.Of(request, Item),
                Schedule,
                Schedule.First,
                EventStatus.Upcoming,
                null,
                null,
                EventRepeats.Describe(Schedule, request.Text),
                venue is null ? SiteLinkOrNull.None : new SiteLinkOrNull(venue.Key, request.Name(venue), request.Url(venue), request.LangOf(venue)),
                Item.Value<bool>("isSample", request.Culture));
            return card.At(request, Times);
        }
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
