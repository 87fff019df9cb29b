using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using ZhuwaGen.Tourism.Web.Site.Route;

namespace ZhuwaGen.Tourism.Web.Site.OpenData;

/// <summary>
/// The route as open data, in WGS-84 as entered (never the GCJ-02 the map apps want): GPX 1.1 (waypoints and a route
/// through the stops, for hiking and driving apps) and GeoJSON (RFC 7946: a point per stop and the line through them).
/// Stops without coordinates are left out.
/// </summary>
public static class RouteGeoData
{
    public const string GpxFile = "route.gpx";
    public const string GeoJsonFile = "route.geojson";
    public const string GpxContentType = "application/gpx+xml; charset=utf-8";
    public const string GeoJsonContentType = "application/geo+json; charset=utf-8";

    private const string GpxNamespace = "http://www.topografix.com/GPX/1/1";

    public static string Gpx(string name, IReadOnlyList<RouteStop> stops, string origin)
    {
        var located = stops.Where(s => s.Point is not null).ToList();
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartElement("gpx", GpxNamespace);
            xml.WriteAttributeString("version", "1.1");
            xml.WriteAttributeString("creator", "ZhuwaGen Tourism");
            xml.WriteStartElement("metadata", GpxNamespace);
            xml.WriteElementString("name", GpxNamespace, name);
            xml.WriteEndElement();
            foreach (var stop in located)
            {
                WritePoint(xml, "wpt", stop, origin);
            }

            xml.WriteStartElement("rte", GpxNamespace);
            xml.WriteElementString("name", GpxNamespace, name);
            foreach (var stop in located)
            {
                WritePoint(xml, "rtept", stop, origin);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    public static string GeoJson(string name, IReadOnlyList<RouteStop> stops, string origin)
    {
        var located = stops.Where(s => s.Point is not null).ToList();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var stop in located)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("geometry");
                json.WriteString("type", "Point");
                json.WritePropertyName("coordinates");
                WritePosition(json, stop);
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("name", stop.Card.Title);
                json.WriteNumber("order", stop.Number);
                WriteOptional(json, "url", stop.Card.Url is { } url ? origin + url : null);
                WriteOptional(json, "summary", stop.Card.Summary);
                if (stop.LegKm is { } km)
                {
                    json.WriteNumber("distanceFromPreviousKm", km);
                }

                if (stop.LegMinutes is { } minutes)
                {
                    json.WriteNumber("travelMinutesFromPrevious", minutes);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            if (located.Count >= 2)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("geometry");
                json.WriteString("type", "LineString");
                json.WriteStartArray("coordinates");
                foreach (var stop in located)
                {
                    WritePosition(json, stop);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("name", name);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WritePoint(XmlWriter xml, string element, RouteStop stop, string origin)
    {
        var point = stop.Point!.Value;
        xml.WriteStartElement(element, GpxNamespace);
        xml.WriteAttributeString("lat", Coordinate(point.Latitude));
        xml.WriteAttributeString("lon", Coordinate(point.Longitude));
        xml.WriteElementString("name", GpxNamespace, stop.Card.Title);
        if (stop.Card.Summary is { } summary)
        {
            xml.WriteElementString("desc", GpxNamespace, summary);
        }

        if (stop.Card.Url is { } url)
        {
            xml.WriteStartElement("link", GpxNamespace);
            xml.WriteAttributeString("href", origin + url);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    // RFC 7946 §3.1.1: longitude first; six decimals are about 10 cm, more than the entered coordinates hold.
    private static void WritePosition(Utf8JsonWriter json, RouteStop stop)
    {
        var point = stop.Point!.Value;
        json.WriteStartArray();
        json.WriteNumberValue(Math.Round(point.Longitude, 6));
        json.WriteNumberValue(Math.Round(point.Latitude, 6));
        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string Coordinate(double degrees) => Math.Round(degrees, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
