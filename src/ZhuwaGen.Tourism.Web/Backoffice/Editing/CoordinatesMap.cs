using System.Globalization;
using Microsoft.AspNetCore.Html;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;
using ZhuwaGen.Tourism.Web.Site.Maps;
using ZhuwaGen.Tourism.Web.Site.Route;

namespace ZhuwaGen.Tourism.Web.Backoffice.Editing;

/// <summary>
/// For an item with coordinates: the route's SVG map (the site's own drawing, no tiles) with the published stops
/// numbered and this item's point, as typed in the draft, marked — so an editor standing at a stop sees at once whether
/// the latitude and longitude put it in the right place.
/// </summary>
public sealed class CoordinatesMap(PublishedContentReader reader)
{
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    private const string OrderAlias = "orderOnRoute";

    public static bool Applies(IEnumerable<string> aliases) =>
        aliases.Contains(Latitude, StringComparer.OrdinalIgnoreCase) && aliases.Contains(Longitude, StringComparer.OrdinalIgnoreCase);

    public IHtmlContent Draw(Guid? key, DocumentData draft, BackofficeText text)
    {
        var snapshot = reader.Current.Snapshot;
        var stops = snapshot.All
            .Where(d => d.ContentTypeAlias == "routeStop" && d.Key != key)
            .Select(d => (Order: Number(d.Value(OrderAlias, null)), Name: d.Cultures.GetValueOrDefault(snapshot.DefaultCulture)?.Name ?? string.Empty,
                Point: PointOf(d.Value(Latitude, null), d.Value(Longitude, null))))
            .Where(s => s.Point is not null)
            .OrderBy(s => s.Order)
            .Select((s, i) => new RouteMapSvg.Stop(s.Order > 0 ? s.Order : i + 1, s.Name, null, s.Point!.Value))
            .ToList();
        if (PointOf(draft.GetValue(Latitude, null), draft.GetValue(Longitude, null)) is { } here)
        {
            stops.Add(new RouteMapSvg.Stop(0, text["CoordinatesHere"], null, here) { Here = true });
        }

        return RouteMapSvg.Draw(stops, text["CoordinatesMapTitle"], text["CoordinatesMapScale"], text.Culture);
    }

    private static int Number(JToken? value) => value?.Type == JTokenType.Integer ? value.Value<int>() : 0;

    private static GeoPoint? PointOf(JToken? latitude, JToken? longitude) =>
        Degrees(latitude) is { } lat && Degrees(longitude) is { } lng && Math.Abs(lat) <= 90 && Math.Abs(lng) <= 180 ? new GeoPoint(lat, lng) : null;

    private static double? Degrees(JToken? value) => value?.Type switch
    {
        JTokenType.Float or JTokenType.Integer => value.Value<double>(),
        JTokenType.String when double.TryParse(value.Value<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
