using Microsoft.AspNetCore.Html;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Events;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Route;

namespace ZhuwaGen.Tourism.Web.Site.Home;

/// <summary>The home page (type <c>site</c>): the route at a glance, what is on now and soon, the notices in force.</summary>
public sealed record HomeModel(
    SitePage Page,
    string Heading,
    string? Tagline,
    IHtmlContent? Intro,
    ItemCard? Route,
    string? RouteTotals,
    IReadOnlyList<RouteStop> Stops,
    IReadOnlyList<EventCard> Events,
    string? EventsUrl,
    IReadOnlyList<SiteLink> Sections) : ISiteView
{
    public static HomeModel Build(SiteRequest request, PublishedItem site)
    {
        var route = request.Section("route");
        var intro = site.Value<HtmlMarkup>("intro", request.Culture)?.Html;
        var events = request.Section("eventList");
        return new HomeModel(
            SitePageFactory.For(request, site),
            request.String(site, "siteName") ?? request.Name(site),
            request.String(site, "tagline"),
            string.IsNullOrWhiteSpace(intro) ? null : new HtmlString(intro),
            route is null ? null : ItemCard.Of(request, route),
            route is null ? null : RouteModel.TotalsOf(request, route),
            route is null ? [] : RouteStop.Of(request, route),
            events is null ? [] : EventCard.Upcoming(request, events).Take(3).ToList(),
            events is null ? null : request.Url(events),
            SitePageFactory.For(request, site).Navigation.Where(n => n.Url != (route is null ? null : request.Url(route))).ToList());
    }
}
