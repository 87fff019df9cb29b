using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Events;

/// <summary>An event page (type <c>event</c>): when, where, how many places, and its text.</summary>
public sealed record EventModel(SitePage Page, string Heading, ContentParts Content, EventCard? Event, long? Capacity) : ISiteView
{
    public static EventModel Build(SiteRequest request, PublishedItem item) => new(
        SitePageFactory.For(request, item),
        request.Name(item),
        ContentParts.Of(request, item),
        EventCard.Of(request, item),
        item.Value<long?>("capacity", request.Culture));
}
