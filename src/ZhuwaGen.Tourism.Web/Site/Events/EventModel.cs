using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Events;

/// <summary>
/// An event page (type <c>event</c>): when, where, how many places, and its text; for a repeating event also its rule,
/// its next times and the dates it skips.
/// </summary>
public sealed record EventModel(
    SitePage Page, string Heading, ContentParts Content, EventCard? Event, long? Capacity, IReadOnlyList<EventTimes> NextTimes, IReadOnlyList<DateTime> NotOn)
    : ISiteView
{
    /// <summary>How many of a repeating event's coming times the page lists.</summary>
    public const int NextTimesShown = 6;

    public static EventModel Build(SiteRequest request, PublishedItem item)
    {
        var card = EventCard.Of(request, item);
        var repeats = card?.Schedule.Repeats == true;
        return new EventModel(
            SitePageFactory.For(request, item),
            request.Name(item),
            ContentParts.Of(request, item),
            card,
            item.Value<long?>("capacity", request.Culture),
            repeats ? card!.Schedule.Upcoming(request.Clock.Now, NextTimesShown) : [],
            repeats ? card!.Schedule.Skipped.Where(d => d >= request.Clock.Today).ToList() : []);
    }
}
