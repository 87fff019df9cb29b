using System.Globalization;

namespace ZhuwaGen.Tourism.Web.Site.Maps;

/// <summary>One "navigate here" link: which app, and its web URI.</summary>
public sealed record NavigationLink(string App, string Url);

/// <summary>
/// "Navigate here" links for a place stored in WGS-84: Amap and Tencent Maps take GCJ-02, Baidu Maps BD-09 (each
/// URI also names its datum), and the <c>geo:</c> URI (RFC 5870) keeps WGS-84. The web URIs open the app when it
/// is installed and the map site otherwise.
/// </summary>
public static class NavigationLinks
{
    public const string Amap = "amap";
    public const string Baidu = "baidu";
    public const string Tencent = "tencent";
    public const string Geo = "geo";

    // Baidu and Tencent ask callers to name themselves in the URI.
    private const string Caller = "zhuwagen.tourism";

    public static IReadOnlyList<NavigationLink> For(GeoPoint wgs, string name)
    {
        var gcj = ChinaCoordinates.WgsToGcj(wgs);
        var bd = ChinaCoordinates.WgsToBd(wgs);
        var title = Uri.EscapeDataString(name);
        return
        [
            new(Amap, $"https://uri.amap.com/marker?position={F(gcj.Longitude)},{F(gcj.Latitude)}&name={title}&coordinate=gaode&callnative=1"),
            new(Baidu, $"https://api.map.baidu.com/marker?location={F(bd.Latitude)},{F(bd.Longitude)}&title={title}&content={title}&output=html&coord_type=bd09ll&src={Caller}"),
            new(Tencent, $"https://apis.map.qq.com/uri/v1/marker?marker=coord:{F(gcj.Latitude)},{F(gcj.Longitude)};title:{title}&referer={Caller}"),
            new(Geo, $"geo:{F(wgs.Latitude)},{F(wgs.Longitude)}?q={F(wgs.Latitude)},{F(wgs.Longitude)}({title})"),
        ];
    }

    private static string F(double degrees) => degrees.ToString("0.######", CultureInfo.InvariantCulture);
}
