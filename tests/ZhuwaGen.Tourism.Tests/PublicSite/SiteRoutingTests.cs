using System.Net;
using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Web;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>One route resolves (path, culture) to a published item and renders the view named after its type.</summary>
public sealed partial class SiteRoutingTests(SeededSites sites) : IClassFixture<SeededSites>
{
    public static TheoryData<DatabaseProvider, string, string> PageTypes()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var prefix in new[] { string.Empty, "/en", "/bo" })
            {
                data.Add(provider, prefix + "/sangjiu-baga/", "class=\"route-map\"");
                data.Add(provider, prefix + "/sangjiu-baga/zhala-yimu-liangtian/", "class=\"navigate\"");
                data.Add(provider, prefix + "/events/", "class=\"cards events\"");
                data.Add(provider, prefix + "/events/zhala-farmers-market-2027/", "<time datetime=\"2027-10-16T10:00\"");
                data.Add(provider, prefix + "/stories/", "/stories/zhala-cooperative-story/");
                data.Add(provider, prefix + "/stories/zhala-cooperative-story/", "class=\"prose\"");
                data.Add(provider, prefix + "/stays/", "/stays/xiongjiu-homestay/");
                data.Add(provider, prefix + "/stays/xiongjiu-homestay/", "id=\"booking-form\"");
                data.Add(provider, prefix + "/notices/", "/notices/border-permit/");
                data.Add(provider, prefix + "/notices/border-permit/", "class=\"notice-page\"");
                data.Add(provider, prefix + "/sangjiu-baga/zhala-yimu-liangtian/cooperative-farm-morning/", "class=\"facts-list\"");
                data.Add(provider, prefix + "/plan/", "<article class=\"planner\">");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Every_page_type_renders_its_own_view_in_every_culture(DatabaseProvider provider, string path, string marker)
    {
        var (status, html) = await sites.GetAsync(provider, path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(marker, html);
        var culture = path.StartsWith("/en/", StringComparison.Ordinal) ? "en" : path.StartsWith("/bo/", StringComparison.Ordinal) ? "bo" : "zh-Hans";
        Assert.Contains($"<html lang=\"{culture}\">", html);
    }

    [Theory, BothProviders]
    public async Task A_stop_links_the_stops_before_and_after_it_in_route_order(DatabaseProvider provider)
    {
        var (_, first) = await sites.GetAsync(provider, "/en/sangjiu-baga/sangjiu-red-station/");
        var (_, second) = await sites.GetAsync(provider, "/en/sangjiu-baga/xueni-agritourism-park/");

        Assert.DoesNotContain("rel=\"prev\"", first);
        Assert.Matches("<a class=\"next\" href=\"/en/sangjiu-baga/xueni-agritourism-park/\"[^>]*rel=\"next\">Xueni Village", first);
        Assert.Matches("<a class=\"prev\" href=\"/en/sangjiu-baga/sangjiu-red-station/\"[^>]*rel=\"prev\">← Sangjiu Red Station", second);
        Assert.Matches("<a class=\"next\" href=\"/en/sangjiu-baga/[^\"]+/\"[^>]*rel=\"next\">Xituo Laka Gratitude Square", second);
    }

    [Theory, BothProviders]
    public async Task Route_page_lists_the_stops_in_order_with_distance_and_time_and_draws_them(DatabaseProvider provider)
    {
        var (_, html) = await sites.GetAsync(provider, "/en/sangjiu-baga/");

        Assert.Contains("4.5 km from the previous stop, about 12 min by road", html);
        Assert.Contains("4.1 km from the previous stop, about 12 min by road", html);
        Assert.True(html.IndexOf("Sangjiu Red Station", StringComparison.Ordinal) < html.IndexOf("Xiongjiu Livable Village", StringComparison.Ordinal));
        Assert.Equal(5, Regex.Count(html, "<circle class=\"route-map-stop\""));
        Assert.Contains("<a href=\"/en/sangjiu-baga/xueni-agritourism-park/\" aria-label=\"2. Xueni Village Agritourism and Leisure Park\">", html);
    }

    [Theory, BothProviders]
    public async Task Stop_page_offers_navigation_experiences_nearby_stays_and_events(DatabaseProvider provider)
    {
        var (_, html) = await sites.GetAsync(provider, "/sangjiu-baga/xueni-agritourism-park/");

        Assert.Contains("https://uri.amap.com/marker?position=97.453087,28.647701&amp;", html);
        Assert.Contains("coord_type=bd09ll", html);
        Assert.Contains("href=\"geo:28.651,97.4525?q=", html);
        Assert.Contains("果园采摘体验（示例）", html);
        Assert.Contains("/stays/sangjiu-courtyard/", html);
        Assert.DoesNotContain("/stays/xiongjiu-homestay/", html);
        Assert.Contains("/events/xueni-autumn-picking-festival-2027/", html);
        Assert.Contains("边境通行证", html);
    }

    [Theory, BothProviders]
    public async Task Language_switcher_leads_to_the_same_page_in_each_language(DatabaseProvider provider)
    {
        var (_, html) = await sites.GetAsync(provider, "/en/stays/sangjiu-courtyard/");

        Assert.Contains("<a href=\"/stays/sangjiu-courtyard/\" lang=\"zh-Hans\" hreflang=\"zh-Hans\">简体中文</a>", html);
        Assert.Contains("<a href=\"/bo/stays/sangjiu-courtyard/\" lang=\"bo\" hreflang=\"bo\">བོད་ཡིག</a>", html);
        Assert.Contains("<a href=\"/en/stays/sangjiu-courtyard/\" lang=\"en\" hreflang=\"en\" aria-current=\"true\">English</a>", html);
    }

    [Theory, BothProviders]
    public async Task Interface_strings_come_in_the_language_of_the_url(DatabaseProvider provider)
    {
        var (_, zh) = await sites.GetAsync(provider, "/sangjiu-baga/");
        var (_, en) = await sites.GetAsync(provider, "/en/sangjiu-baga/");
        var (_, bo) = await sites.GetAsync(provider, "/bo/sangjiu-baga/");

        Assert.Contains(">线路站点</h2>", zh);
        Assert.Contains(">Stops on the route</h2>", en);
        Assert.Contains(">ལམ་ཐིག་གི་བབ་ས།</h2>", bo);
        Assert.Contains("<p class=\"fallback-note\">", bo);
        Assert.DoesNotContain("<p class=\"fallback-note\">", en);
    }

    [Theory]
    [BothProvidersInlineData("/sangjiu-baga/no-such-stop/", "zh-Hans", "找不到这个页面")]
    [BothProvidersInlineData("/en/no-such-page/", "en", "Page not found")]
    [BothProvidersInlineData("/bo/no-such-page/", "bo", "ཤོག་ངོས་མ་རྙེད།")]
    [BothProvidersInlineData("/fr/sangjiu-baga/", "zh-Hans", "找不到这个页面")]
    [BothProvidersInlineData("/en/sangjiu-baga/sangjiu-red-station/extra/", "en", "Page not found")]
    public async Task Unknown_paths_and_cultures_are_404_pages_in_the_url_language(DatabaseProvider provider, string path, string culture, string heading)
    {
        var (status, html) = await sites.GetAsync(provider, path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains($"<html lang=\"{culture}\">", html);
        Assert.Contains($"<h1>{heading}</h1>", html);
    }

    [Theory, BothProviders]
    public async Task Pages_work_without_javascript_and_load_nothing_from_another_host(DatabaseProvider provider)
    {
        var (_, html) = await sites.GetAsync(provider, "/en/sangjiu-baga/xueni-agritourism-park/");

        Assert.False(SiteHttp.HasInlineScript(html), html);
        foreach (Match match in SubresourceUrl().Matches(html))
        {
            Assert.StartsWith("/", match.Groups["url"].Value);
        }
    }

    [GeneratedRegex("<(?:link|img|script|source)\\b[^>]*\\s(?:href|src)=\"(?<url>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex SubresourceUrl();
}
