using Microsoft.AspNetCore.Html;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Events;

/// <summary>
/// The events list (type <c>eventList</c>): on now and coming up (this weekend marked; a repeating event once, at its
/// next time), the month view, and past events.
/// </summary>
public sealed record EventListModel(
    SitePage Page, string Heading, IHtmlContent? Intro, IReadOnlyList<EventCard> Upcoming, EventMonth Month, IReadOnlyList<EventCard> Past)
    : ISiteView
{
    public static EventListModel Build(SiteRequest request, PublishedItem list)
    {
        var all = EventCard.All(request, list);
        var intro = list.Value<HtmlMarkup>("intro", request.Culture)?.Html;
        return new EventListModel(
            SitePageFactory.For(request, list),
            request.Name(list),
            string.IsNullOrWhiteSpace(intro) ? null : new HtmlString(intro),
            all.Where(e => e.Status != EventStatus.Past).ToList(),
            EventMonth.Build(request, list, all),
            all.Where(e => e.Status == EventStatus.Past).Reverse().ToList());
    }
}
