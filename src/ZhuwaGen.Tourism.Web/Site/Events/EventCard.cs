using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Events;

/// <summary>An event in a list: its card, when it is, where, and whether it is on now or this weekend.</summary>
public sealed record EventCard(ItemCard Card, EventTimes Times, EventStatus Status, string? StatusLabel, string? When, SiteLinkOrNull Venue, bool IsSample)
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

    /// <summary>Events not over yet at a stop (their venue).</summary>
    public static IReadOnlyList<EventCard> AtVenue(SiteRequest request, PublishedItem stop) =>
        request.Section("eventList") is { } list
            ? Upcoming(request, list).Where(e => e.Venue.Key == stop.Key).ToList()
            : [];

    public static EventCard? Of(SiteRequest request, PublishedItem item)
    {
        if (EventTimes.Of(item, request.Culture) is not { } times)
        {
            return null;
        }

        var venue = item.Value<PublishedItem>("venue", request.Culture);
        var status = times.StatusAt(request.Clock.Now);
        var label = status switch
        {
            EventStatus.OnNow => request.Text["StatusOnNow"],
            EventStatus.ThisWeekend => request.Text["StatusThisWeekend"],
            EventStatus.Past => request.Text["StatusPast"],
            _ => null,
        };
        return new EventCard(
            ItemCard.Of(request, item),
            times,
            status,
            label,
            times.Describe(request.Text),
            venue is null ? SiteLinkOrNull.None : new SiteLinkOrNull(venue.Key, request.Name(venue), request.Url(venue), request.LangOf(venue)),
            item.Value<bool>("isSample", request.Culture));
    }
}

/// <summary>A link to an item that may be missing (an event without a venue).</summary>
public sealed record SiteLinkOrNull(Guid? Key, string? Text, string? Url, string? Lang)
{
    public static SiteLinkOrNull None { get; } = new(null, null, null, null);
}
