using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Maps;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Route;

/// <summary>A stop as the route shows it: its place in order, the leg from the previous stop, and where it is.</summary>
public sealed record RouteStop(
    int Number, PublishedItem Item, ItemCard Card, decimal? LegKm, long? LegMinutes, IReadOnlyList<string> Activities, GeoPoint? Point)
{
    /// <summary>"4.5 km from the previous stop, about 12 min", "Where the route begins" for the first, or null.</summary>
    public string? Leg { get; init; }

    /// <summary>The stops of a route in route order (orderOnRoute, then the tree's order).</summary>
    public static IReadOnlyList<RouteStop> Of(SiteRequest request, PublishedItem route) =>
        InOrder(request, route).Select((stop, index) => Of(request, stop, index + 1)).ToList();

    /// <summary>
    /// The route's stop items in route order, without their cards: a stop page or poster that needs only its place
    /// and its neighbours reads one value per stop, not every stop's pictures and wording.
    /// </summary>
    public static List<PublishedItem> InOrder(SiteRequest request, PublishedItem route) =>
        route.Children(request.Culture)
            .Where(c => c.ContentTypeAlias == "routeStop")
            .OrderBy(c => c.Value<long?>("orderOnRoute", request.Culture) ?? long.MaxValue)
            .ThenBy(c => c.SortOrder)
            .ToList();

    public static RouteStop Of(SiteRequest request, PublishedItem stop, int number)
    {
        var culture = request.Culture;
        var activities = (stop.Value<IReadOnlyList<string>>("activities", culture) ?? [])
            .Select(a => request.Text.Named("Activity", a)).ToList();
        var leg = stop.Value<decimal?>("distanceFromPreviousKm", culture);
        var minutes = stop.Value<long?>("travelMinutesFromPrevious", culture);
        return new RouteStop(
            number,
            stop,
            ItemCard.Of(request, stop),
            leg,
            minutes,
            activities,
            PointOf(stop, culture))
        {
            Leg = number == 1 ? request.Text["RouteStart"]
                : leg is > 0 && minutes is > 0 ? request.Text.Format("FromPrevious", request.Text.Number(leg.Value), minutes.Value)
                : null,
        };
    }

    public static GeoPoint? PointOf(PublishedItem item, string culture) =>
        item.Value<decimal?>("latitude", culture) is { } lat && item.Value<decimal?>("longitude", culture) is { } lng
            ? new GeoPoint((double)lat, (double)lng)
            : null;

}
