using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Events;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Maps;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Route;
using ZhuwaGen.Tourism.Web.Site.Stays;

namespace ZhuwaGen.Tourism.Web.Site.Stops;

/// <summary>
/// A stop on the route (type <c>routeStop</c>): activities, hours, access, photos, experiences, stays nearby,
/// upcoming events there, and "navigate here" links for the map apps visitors have.
/// </summary>
public sealed record StopModel(
    SitePage Page,
    RouteStop Stop,
    ContentParts Content,
    string? OpeningHours,
    string? AccessNotes,
    string? Phone,
    bool CoordinatesApproximate,
    IReadOnlyList<NavigationLink> Navigation,
    IReadOnlyList<ItemCard> Experiences,
    IReadOnlyList<StayCard> NearbyStays,
    IReadOnlyList<EventCard> Events,
    ItemCard? Previous,
    ItemCard? Next) : ISiteView
{
    /// <summary>Guesthouses this close to a stop are "nearby".</summary>
    public const double NearbyKm = 5;

    public static StopModel Build(SiteRequest request, PublishedItem item)
    {
        var culture = request.Culture;
        var stops = item.Parent is { } route ? RouteStop.InOrder(request, route) : [];
        var index = stops.FindIndex(s => s.Key == item.Key);
        var stop = RouteStop.Of(request, item, index >= 0 ? index + 1 : 1);
        return new StopModel(
            SitePageFactory.For(request, item),
            stop,
            ContentParts.Of(request, item),
            request.String(item, "openingHours"),
            request.String(item, "accessNotes"),
            request.String(item, "contactPhone"),
            item.Value<bool>("coordinatesApproximate", culture),
            stop.Point is { } point ? NavigationLinks.For(point, request.Name(item)) : [],
            item.Children(culture).Where(c => c.ContentTypeAlias == "experience").Select(e => Experience(request, e)).ToList(),
            stop.Point is { } here ? StayCard.Near(request, here, NearbyKm) : [],
            EventCard.AtVenue(request, item),
            index > 0 ? ItemCard.Of(request, stops[index - 1]) : null,
            index >= 0 && index < stops.Count - 1 ? ItemCard.Of(request, stops[index + 1]) : null);
    }

    public static ItemCard Experience(SiteRequest request, PublishedItem experience)
    {
        var text = request.Text;
        var minutes = experience.Value<long?>("durationMinutes", request.Culture);
        var price = experience.Value<decimal?>("price", request.Culture);
        return ItemCard.Of(
            request,
            experience,
            minutes is { } m ? text.Format("Minutes", m) : null,
            price is { } p ? text.Format("PricePerPerson", text.Number(p)) : null,
            experience.Value<bool>("isSample", request.Culture) ? text["Sample"] : null);
    }
}
