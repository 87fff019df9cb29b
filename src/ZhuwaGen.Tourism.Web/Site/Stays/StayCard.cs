using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Maps;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Route;

namespace ZhuwaGen.Tourism.Web.Site.Stays;

/// <summary>A guesthouse in a list: its card with the lowest nightly price, and where it is.</summary>
public sealed record StayCard(ItemCard Card, GeoPoint? Point, bool IsSample)
{
    public static IReadOnlyList<StayCard> All(SiteRequest request) =>
        request.Section("stayList") is { } list
            ? list.Children(request.Culture).Where(c => c.ContentTypeAlias == "guesthouse").Select(g => Of(request, g)).ToList()
            : [];

    public static StayCard Of(SiteRequest request, PublishedItem guesthouse, string? distance = null)
    {
        var rooms = RoomView.Of(request, guesthouse);
        var from = rooms.Where(r => r.NightlyPrice is not null).Select(r => r.NightlyPrice!.Value).DefaultIfEmpty().Min();
        var price = from > 0 ? request.Text.Format("FromPrice", request.Text.Number(from)) : null;
        return new StayCard(
            ItemCard.Of(request, guesthouse, price, distance),
            RouteStop.PointOf(guesthouse, request.Culture),
            guesthouse.Value<bool>("isSample", request.Culture));
    }

    /// <summary>Guesthouses within <paramref name="maxKm"/> of a point, nearest first, with their distance.</summary>
    public static IReadOnlyList<StayCard> Near(SiteRequest request, GeoPoint point, double maxKm) =>
        All(request)
            .Where(s => s.Point is not null)
            .Select(s => (Stay: s, Km: Distance.Kilometres(point, s.Point!.Value)))
            .Where(x => x.Km <= maxKm)
            .OrderBy(x => x.Km)
            .Select(x => x.Stay with { Card = x.Stay.Card with { Facts = [.. x.Stay.Card.Facts, request.Text.Format("KmAway", request.Text.Number(Math.Round((decimal)x.Km, 1)))] } })
            .ToList();
}
