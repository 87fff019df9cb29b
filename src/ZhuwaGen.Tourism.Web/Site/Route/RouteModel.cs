using Microsoft.AspNetCore.Html;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Route;

/// <summary>The route (type <c>route</c>): its stops in order with each leg's distance and time, and its map.</summary>
public sealed record RouteModel(SitePage Page, string Heading, ContentParts Content, string? Totals, IReadOnlyList<RouteStop> Stops, IHtmlContent Map)
    : ISiteView
{
    public static RouteModel Build(SiteRequest request, PublishedItem route)
    {
        var stops = RouteStop.Of(request, route);
        return new RouteModel(
            SitePageFactory.For(request, route),
            request.Name(route),
            ContentParts.Of(request, route),
            TotalsOf(request, route),
            stops,
            MapOf(request, stops));
    }

    public static string? TotalsOf(SiteRequest request, PublishedItem route) =>
        route.Value<decimal?>("totalDistanceKm", request.Culture) is { } km && route.Value<long?>("suggestedDays", request.Culture) is { } days
            ? request.Text.Format("RouteTotals", request.Text.Number(km), days)
            : null;

    public static IHtmlContent MapOf(SiteRequest request, IReadOnlyList<RouteStop> stops) => RouteMapSvg.Draw(
        stops.Where(s => s.Point is not null).Select(s => new RouteMapSvg.Stop(s.Number, s.Card.Title, s.Card.Url, s.Point!.Value)).ToList(),
        request.Text["RouteMapTitle"],
        request.Text["RouteMapScale"],
        request.Text.UiCulture);
}
