using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Maps;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Route;

namespace ZhuwaGen.Tourism.Web.Site.Stays;

/// <summary>A guesthouse (type <c>guesthouse</c>): rooms and prices, amenities, contact, the way there, and the booking place.</summary>
public sealed record GuesthouseModel(
    SitePage Page,
    string Heading,
    ContentParts Content,
    string? Address,
    IReadOnlyList<RoomView> Rooms,
    IReadOnlyList<string> Amenities,
    string? CheckInOut,
    string? Phone,
    string? Email,
    IReadOnlyList<NavigationLink> Navigation,
    bool CoordinatesApproximate,
    bool IsSample) : ISiteView
{
    public static GuesthouseModel Build(SiteRequest request, PublishedItem item)
    {
        var culture = request.Culture;
        var checkIn = request.String(item, "checkInTime");
        var checkOut = request.String(item, "checkOutTime");
        var point = RouteStop.PointOf(item, culture);
        return new GuesthouseModel(
            SitePageFactory.For(request, item),
            request.Name(item),
            ContentParts.Of(request, item),
            request.String(item, "address"),
            RoomView.Of(request, item),
            (item.Value<IReadOnlyList<string>>("amenities", culture) ?? []).Select(a => request.Text.Named("Amenity", a)).ToList(),
            checkIn is not null && checkOut is not null ? request.Text.Format("CheckInOut", checkIn, checkOut) : null,
            request.String(item, "phone"),
            request.String(item, "email"),
            point is null ? [] : NavigationLinks.For(point.Value, request.Name(item)),
            item.Value<bool>("coordinatesApproximate", culture),
            item.Value<bool>("isSample", culture));
    }
}
