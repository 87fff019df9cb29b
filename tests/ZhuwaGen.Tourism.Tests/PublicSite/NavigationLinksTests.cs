using System.Globalization;
using ZhuwaGen.Tourism.Web.Site.Maps;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>Each map app gets the coordinates in its own datum: Amap and Tencent GCJ-02, Baidu BD-09, geo: WGS-84.</summary>
public sealed class NavigationLinksTests
{
    private static readonly GeoPoint Xueni = new(28.651, 97.4525);

    [Fact]
    public void Amap_link_carries_gcj02_longitude_then_latitude()
    {
        var gcj = ChinaCoordinates.WgsToGcj(Xueni);

        var amap = Link(NavigationLinks.Amap);

        Assert.StartsWith("https://uri.amap.com/marker?", amap);
        Assert.Contains($"position={F(gcj.Longitude)},{F(gcj.Latitude)}&", amap);
        Assert.Contains("coordinate=gaode", amap);
        Assert.DoesNotContain(F(Xueni.Longitude) + ",", amap);
    }

    [Fact]
    public void Baidu_link_carries_bd09_latitude_then_longitude_and_names_the_datum()
    {
        var bd = ChinaCoordinates.WgsToBd(Xueni);

        var baidu = Link(NavigationLinks.Baidu);

        Assert.Contains($"location={F(bd.Latitude)},{F(bd.Longitude)}&", baidu);
        Assert.Contains("coord_type=bd09ll", baidu);
    }

    [Fact]
    public void Tencent_link_carries_gcj02_and_geo_uri_keeps_wgs84()
    {
        var gcj = ChinaCoordinates.WgsToGcj(Xueni);

        Assert.Contains($"marker=coord:{F(gcj.Latitude)},{F(gcj.Longitude)};", Link(NavigationLinks.Tencent));
        Assert.StartsWith("geo:28.651,97.4525?q=28.651,97.4525(", Link(NavigationLinks.Geo));
    }

    [Fact]
    public void The_place_name_is_escaped_in_every_link()
    {
        var links = NavigationLinks.For(Xueni, "学尼村 & <b>\"park\"</b>");

        Assert.All(links, l => Assert.DoesNotContain("<", l.Url));
        Assert.All(links, l => Assert.DoesNotContain("& ", l.Url));
        Assert.Contains("%E5%AD%A6%E5%B0%BC%E6%9D%91", links[0].Url);
    }

    private static string Link(string app) => NavigationLinks.For(Xueni, "学尼村").Single(l => l.App == app).Url;

    private static string F(double degrees) => degrees.ToString("0.######", CultureInfo.InvariantCulture);
}
