using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Web;
using ZhuwaGen.Tourism.Web.Site.Posters;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>
/// Open data and sharing: the route as GPX 1.1 and GeoJSON (WGS-84, stops in route order), schema.org JSON-LD and
/// OpenGraph tags per page type, and the printable poster of a stop with its QR code.
/// </summary>
public sealed partial class OpenDataTests(SeededSites sites) : IClassFixture<SeededSites>
{
    private static readonly XNamespace Gpx = "http://www.topografix.com/GPX/1/1";

    // The seed's five stops in route order (seed-content.json).
    private static readonly string[] StopNamesZh = ["桑久红色驿站", "学尼村农业观光休闲旅游项目", "西托拉卡缅民感恩广场", "扎拉村“壹亩良田”合作社", "雄久村和美宜居乡村"];

    [Theory, BothProviders]
    public async Task The_route_as_gpx_has_a_waypoint_and_a_route_point_per_stop_in_order(DatabaseProvider provider)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/sangjiu-baga/route.gpx");
        var gpx = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/gpx+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Gpx + "gpx", gpx.Root!.Name);
        Assert.Equal("1.1", gpx.Root.Attribute("version")?.Value);
        var waypoints = gpx.Root.Elements(Gpx + "wpt").ToList();
        var routePoints = gpx.Root.Element(Gpx + "rte")!.Elements(Gpx + "rtept").ToList();
        Assert.Equal(StopNamesZh.Length, waypoints.Count);
        Assert.Equal(waypoints.Select(Describe), routePoints.Select(Describe));
        Assert.All(waypoints, w =>
        {
            // Chayu county, in WGS-84: about 28.5–29° N, 97–97.5° E.
            Assert.InRange(double.Parse(w.Attribute("lat")!.Value, System.Globalization.CultureInfo.InvariantCulture), 28, 30);
            Assert.InRange(double.Parse(w.Attribute("lon")!.Value, System.Globalization.CultureInfo.InvariantCulture), 96, 98.5);
            Assert.StartsWith("http://localhost/sangjiu-baga/", w.Element(Gpx + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        });
        Assert.Equal(StopNamesZh, waypoints.Select(w => w.Element(Gpx + "name")!.Value));
    }

    [Theory, BothProviders]
    public async Task The_route_as_geojson_puts_longitude_first_and_draws_the_line_through_the_stops(DatabaseProvider provider)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/en/sangjiu-baga/route.geojson");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var root = json.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        var points = features.Where(f => f.GetProperty("geometry").GetProperty("type").GetString() == "Point").ToList();
        var line = features.Single(f => f.GetProperty("geometry").GetProperty("type").GetString() == "LineString");
        Assert.Equal(StopNamesZh.Length, points.Count);
        Assert.All(points, p =>
        {
            var position = p.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
            Assert.Equal(2, position.Count);
            Assert.InRange(position[0], 96, 98.5);
            Assert.InRange(position[1], 28, 30);
            Assert.StartsWith("http://localhost/en/sangjiu-baga/", p.GetProperty("properties").GetProperty("url").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal(Enumerable.Range(1, points.Count), points.Select(p => p.GetProperty("properties").GetProperty("order").GetInt32()));
        Assert.Equal("Sangjiu Red Station", points[0].GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal(
            points.Select(p => Position(p.GetProperty("geometry").GetProperty("coordinates"))),
            line.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(Position));
    }

    [Theory]
    [BothProvidersInlineData("/sangjiu-baga/sangjiu-red-station/route.gpx")]
    [BothProvidersInlineData("/stories/route.geojson")]
    [BothProvidersInlineData("/stays/sangjiu-courtyard/poster")]
    [BothProvidersInlineData("/no-such-page/poster")]
    public async Task Files_asked_of_a_page_that_has_none_are_404_pages(DatabaseProvider provider, string path)
    {
        var (status, html) = await sites.GetAsync(provider, path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<html lang=\"zh-Hans\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [BothProvidersInlineData("/", "WebSite")]
    [BothProvidersInlineData("/sangjiu-baga/", "TouristTrip")]
    [BothProvidersInlineData("/sangjiu-baga/xueni-agritourism-park/", "TouristAttraction")]
    [BothProvidersInlineData("/events/zhala-farmers-market-2027/", "Event")]
    [BothProvidersInlineData("/stays/sangjiu-courtyard/", "LodgingBusiness")]
    [BothProvidersInlineData("/en/stories/zhala-cooperative-story/", "Article")]
    public async Task Each_page_type_carries_its_schema_org_type_with_absolute_urls(DatabaseProvider provider, string path, string type)
    {
        var (status, html) = await sites.GetAsync(provider, path);

        Assert.Equal(HttpStatusCode.OK, status);
        using var data = JsonDocument.Parse(JsonLd(html));
        var root = data.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal(type, root.GetProperty("@type").GetString());
        Assert.Equal("http://localhost" + path, root.GetProperty("url").GetString());
        switch (type)
        {
            case "TouristTrip":
                var stops = root.GetProperty("itinerary").GetProperty("itemListElement").EnumerateArray().ToList();
                Assert.Equal(StopNamesZh, stops.Select(s => s.GetProperty("item").GetProperty("name").GetString()));
                Assert.Equal(Enumerable.Range(1, stops.Count), stops.Select(s => s.GetProperty("position").GetInt32()));
                Assert.All(stops, s => Assert.StartsWith("http://localhost/sangjiu-baga/", s.GetProperty("item").GetProperty("url").GetString(), StringComparison.Ordinal));
                break;
            case "TouristAttraction":
                Assert.InRange(root.GetProperty("geo").GetProperty("latitude").GetDouble(), 28, 30);
                break;
            case "Event":
                Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$", root.GetProperty("startDate").GetString());
                Assert.Equal("Place", root.GetProperty("location").GetProperty("@type").GetString());
                break;
            case "LodgingBusiness":
                Assert.StartsWith("¥", root.GetProperty("priceRange").GetString(), StringComparison.Ordinal);
                break;
            case "Article":
                Assert.Equal("en", root.GetProperty("inLanguage").GetString());
                Assert.False(string.IsNullOrEmpty(root.GetProperty("headline").GetString()));
                break;
            case "WebSite":
                Assert.Equal("http://localhost/?q={search_term_string}", root.GetProperty("potentialAction").GetProperty("target").GetString());
                break;
        }
    }

    [Theory, BothProviders]
    public async Task A_page_has_opengraph_tags_in_its_language(DatabaseProvider provider)
    {
        var (_, html) = await sites.GetAsync(provider, "/en/stories/zhala-cooperative-story/");

        Assert.Equal("article", Meta(html, "og:type"));
        Assert.Equal("en_US", Meta(html, "og:locale"));
        Assert.Equal("http://localhost/en/stories/zhala-cooperative-story/", Meta(html, "og:url"));
        Assert.False(string.IsNullOrEmpty(Meta(html, "og:title")));
        Assert.False(string.IsNullOrEmpty(Meta(html, "og:description")));
        // The seed has no photos: no share image rather than a made-up one.
        Assert.Null(Meta(html, "og:image"));
    }

    [Theory, BothProviders]
    public async Task Text_that_could_close_the_script_is_escaped_in_the_json_ld(DatabaseProvider provider)
    {
        var (_, html) = await sites.GetAsync(provider, "/sangjiu-baga/");

        var json = JsonLd(html);
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task A_stops_poster_names_it_in_chinese_and_english_with_a_qr_code_to_its_chinese_page(DatabaseProvider provider)
    {
        var (status, html) = await sites.GetAsync(provider, "/en/sangjiu-baga/xueni-agritourism-park/poster");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1 class=\"poster-name\">学尼村农业观光休闲旅游项目</h1>", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\">Xueni Village Agritourism and Leisure Park</p>", html, StringComparison.Ordinal);
        Assert.Contains("第 2 站", html, StringComparison.Ordinal);
        Assert.Contains(PosterModel.QrSvg("http://localhost/sangjiu-baga/xueni-agritourism-park/"), html, StringComparison.Ordinal);
        // Under the site's CSP a style attribute would be ignored and the code would not print.
        Assert.DoesNotMatch(StyleAttribute(), html);
    }

    [Theory, BothProviders]
    public async Task A_stop_page_links_its_poster_and_the_route_page_its_downloads(DatabaseProvider provider)
    {
        var (_, stop) = await sites.GetAsync(provider, "/sangjiu-baga/xueni-agritourism-park/");
        var (_, route) = await sites.GetAsync(provider, "/en/sangjiu-baga/");

        Assert.Contains("href=\"/sangjiu-baga/xueni-agritourism-park/poster\"", stop, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/sangjiu-baga/route.gpx\"", route, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/sangjiu-baga/route.geojson\"", route, StringComparison.Ordinal);
    }

    private static string Position(JsonElement position) => string.Join(",", position.EnumerateArray().Select(c => c.GetDouble()));

    private static string Describe(XElement point) => $"{point.Attribute("lat")!.Value},{point.Attribute("lon")!.Value},{point.Element(Gpx + "name")!.Value}";

    private static string JsonLd(string html) => JsonLdScript().Match(html) is { Success: true } match
        ? match.Groups[1].Value
        : throw new Xunit.Sdk.XunitException("The page has no JSON-LD script.");

    private static string? Meta(string html, string property) =>
        Regex.Match(html, $"<meta property=\"{Regex.Escape(property)}\" content=\"([^\"]*)\">") is { Success: true } match
            ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value)
            : null;

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();

    [GeneratedRegex("\\sstyle=\"")]
    private static partial Regex StyleAttribute();
}
