using System.Net;
using System.Xml.Linq;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Web;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary><c>/sitemap.xml</c> lists every page in each of its languages with its hreflang alternates.</summary>
public sealed class SitemapTests(SeededSites sites) : IClassFixture<SeededSites>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Theory, BothProviders]
    public async Task Sitemap_lists_each_page_per_language_with_its_alternates(DatabaseProvider provider)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var urls = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(Sitemap + "url").ToList();
        var locations = urls.Select(u => new Uri(u.Element(Sitemap + "loc")!.Value).AbsolutePath).ToList();
        Assert.Equal(site.Snapshot.Count * 3, urls.Count);
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.Contains("/en/sangjiu-baga/sangjiu-red-station/", locations);
        var station = urls.Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith("/bo/sangjiu-baga/sangjiu-red-station/", StringComparison.Ordinal));
        var alternates = station.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => new Uri(l.Attribute("href")!.Value).AbsolutePath);
        Assert.Equal("/sangjiu-baga/sangjiu-red-station/", alternates["zh-Hans"]);
        Assert.Equal("/en/sangjiu-baga/sangjiu-red-station/", alternates["en"]);
        Assert.Equal("/bo/sangjiu-baga/sangjiu-red-station/", alternates["bo"]);
    }

    [Theory, BothProviders]
    public async Task Robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_back_office(DatabaseProvider provider)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/robots.txt");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n').Select(l => l.Trim()).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
        Assert.Contains("Disallow: /umbraco/", lines);
    }
}
