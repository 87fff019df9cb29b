using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using ZhuwaGen.Tourism.Web.Site.Maps;

namespace ZhuwaGen.Tourism.Web.Site.Route;

/// <summary>
/// The route drawn on the server as an inline SVG from the stops' WGS-84 coordinates: an equirectangular projection
/// around the route's middle latitude (a few kilometres, so distortion is negligible), north up, the legs as one
/// line, each stop a numbered dot linked to its page, and a scale bar. No tiles, no script, no style attribute.
/// </summary>
public static class RouteMapSvg
{
    private const double Width = 340;
    private const double Height = 240;
    private const double Margin = 24;
    private const double KmPerDegreeLatitude = 111.32;

    public sealed record Stop(int Number, string Name, string? Url, GeoPoint Point)
    {
        /// <summary>The point being edited in the back-office: marked, not numbered.</summary>
        public bool Here { get; init; }
    }

    public static IHtmlContent Draw(IReadOnlyList<Stop> stops, string title, string scaleFormat, IFormatProvider culture)
    {
        if (stops.Count == 0)
        {
            return HtmlString.Empty;
        }

        var midLat = (stops.Min(s => s.Point.Latitude) + stops.Max(s => s.Point.Latitude)) / 2;
        var xScale = Math.Cos(midLat * Math.PI / 180);
        var xs = stops.Select(s => s.Point.Longitude * xScale).ToList();
        var ys = stops.Select(s => s.Point.Latitude).ToList();
        var spanX = Math.Max(xs.Max() - xs.Min(), 1e-6);
        var spanY = Math.Max(ys.Max() - ys.Min(), 1e-6);
        var scale = Math.Min((Width - (2 * Margin)) / spanX, (Height - (2 * Margin)) / spanY);
        var offsetX = (Width - (spanX * scale)) / 2;
        var offsetY = (Height - (spanY * scale)) / 2;
        var points = stops.Select((s, i) => (Stop: s, X: offsetX + ((xs[i] - xs.Min()) * scale), Y: Height - offsetY - ((ys[i] - ys.Min()) * scale))).ToList();

        var svg = new StringBuilder();
        svg.Append("<svg class=\"route-map\" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(Height))
            // A group, not an image: the stops inside are links, and an image may hold nothing interactive.
            .Append("\" role=\"group\" aria-labelledby=\"route-map-title\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append("<title id=\"route-map-title\">").Append(Encode(title)).Append("</title>")
            .Append("<rect class=\"route-map-ground\" width=\"100%\" height=\"100%\" rx=\"8\"/>");
        svg.Append("<polyline class=\"route-map-line\" fill=\"none\" points=\"")
            .AppendJoin(' ', points.Where(p => !p.Stop.Here).Select(p => N(p.X) + "," + N(p.Y)))
            .Append("\"/>");
        foreach (var (stop, x, y) in points)
        {
            var dot = stop.Here
                ? $"<circle class=\"route-map-here\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"9\"/>"
                : $"<circle class=\"route-map-stop\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"11\"/><text class=\"route-map-number\" x=\"{N(x)}\" y=\"{N(y + 4)}\" text-anchor=\"middle\">{stop.Number}</text>";
            svg.Append(stop.Url is null
                ? $"<g>{dot}<title>{Encode(stop.Name)}</title></g>"
                : $"<a href=\"{Encode(stop.Url)}\" aria-label=\"{stop.Number}. {Encode(stop.Name)}\">{dot}<title>{Encode(stop.Name)}</title></a>");
        }

        AppendScale(svg, scale / (KmPerDegreeLatitude), scaleFormat, culture);
        svg.Append("<text class=\"route-map-north\" x=\"").Append(N(Width - 16)).Append("\" y=\"20\" text-anchor=\"middle\">N ↑</text>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>A bar of a round number of kilometres, about a quarter of the map wide.</summary>
    private static void AppendScale(StringBuilder svg, double pixelsPerKm, string scaleFormat, IFormatProvider culture)
    {
        var km = new[] { 0.5, 1, 2, 5, 10, 20, 50 }.LastOrDefault(k => k * pixelsPerKm <= Width / 4, 0.5);
        var length = km * pixelsPerKm;
        // Top left: the north arrow takes the top right, and stops keep the margin clear of both.
        var y = 18.0;
        svg.Append($"<line class=\"route-map-scale\" x1=\"12\" y1=\"{N(y)}\" x2=\"{N(12 + length)}\" y2=\"{N(y)}\"/>")
            .Append($"<text class=\"route-map-scale-label\" x=\"{N(16 + length)}\" y=\"{N(y + 4)}\">")
            .Append(Encode(string.Format(culture, scaleFormat, km.ToString("0.#", culture))))
            .Append("</text>");
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
