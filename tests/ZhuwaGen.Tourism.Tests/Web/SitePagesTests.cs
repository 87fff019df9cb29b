using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Web;

/// <summary>The public site's pages of the seeded site, per culture, as a visitor's browser gets them.</summary>
public sealed class SitePagesTests(SeededSites sites) : IClassFixture<SeededSites>
{
    private const string RedStationZh = "/sangjiu-baga/sangjiu-red-station/";
    private const string RedStationEn = "/en/sangjiu-baga/sangjiu-red-station/";

    private static readonly string[] StopsZh =
    [
        "桑久红色驿站", "学尼村农业观光休闲旅游项目", "西托拉卡缅民感恩广场", "扎拉村“壹亩良田”合作社", "雄久村和美宜居乡村",
    ];

    [Theory, BothProviders]
    public async Task Healthz_answers_healthy_once_started(DatabaseProvider provider)
    {
        var (status, body) = await GetAsync(provider, "/healthz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body);
    }

    [Theory, BothProviders]
    public async Task Home_page_lists_the_five_stops_in_route_order(DatabaseProvider provider)
    {
        var (status, body) = await GetAsync(provider, "/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"zh-Hans\">", body);
        Assert.Contains("<h1>竹瓦根镇</h1>", body);
        var positions = StopsZh.Select(stop => body.IndexOf(stop, StringComparison.Ordinal)).ToList();
        Assert.All(positions, position => Assert.True(position >= 0, "a stop is missing from the home page"));
        Assert.Equal(positions.Order().ToList(), positions);
    }

    [Theory, BothProviders]
    public async Task English_home_page_shows_the_english_route_names(DatabaseProvider provider)
    {
        var (status, body) = await GetAsync(provider, "/en/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"en\">", body);
        Assert.Contains("<h1>Zhuwagen Town</h1>", body);
        Assert.Contains($"<a href=\"{RedStationEn}\">Sangjiu Red Station</a>", body);
        Assert.DoesNotContain("桑久红色驿站</a>", body);
    }

    [Theory, BothProviders]
    public async Task English_stop_page_shows_the_english_stop(DatabaseProvider provider)
    {
        var (status, body) = await GetAsync(provider, RedStationEn);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<title>Sangjiu Red Station · Zhuwagen Town</title>", body);
        Assert.Contains("<h1>Sangjiu Red Station</h1>", body);
        Assert.Contains("Where the route begins", body);
    }

    [Theory, BothProviders]
    public async Task Chinese_stop_page_is_at_its_zh_Hans_route(DatabaseProvider provider)
    {
        var (status, body) = await GetAsync(provider, RedStationZh);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>桑久红色驿站</h1>", body);
        Assert.Contains("线路的起点", body);
    }

    [Theory, BothProviders]
    public async Task Page_links_its_other_languages_as_hreflang_alternates(DatabaseProvider provider)
    {
        var (_, body) = await GetAsync(provider, RedStationZh);

        Assert.Contains($"<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"{RedStationZh}\">", body);
        Assert.Contains($"<link rel=\"alternate\" hreflang=\"en\" href=\"{RedStationEn}\">", body);
    }

    [Theory, BothProviders]
    public async Task Unknown_route_is_404(DatabaseProvider provider)
    {
        var (zhStatus, _) = await GetAsync(provider, "/sangjiu-baga/no-such-stop/");
        var (enStatus, _) = await GetAsync(provider, "/en/no-such-page/");

        Assert.Equal(HttpStatusCode.NotFound, zhStatus);
        Assert.Equal(HttpStatusCode.NotFound, enStatus);
    }

    [Theory, BothProviders]
    public async Task Tibetan_pages_fall_back_to_zh_Hans_content(DatabaseProvider provider)
    {
        var (homeStatus, home) = await GetAsync(provider, "/bo/");
        var (stopStatus, stop) = await GetAsync(provider, "/bo/sangjiu-baga/sangjiu-red-station/");

        Assert.Equal(HttpStatusCode.OK, homeStatus);
        Assert.Contains("<html lang=\"bo\">", home);
        Assert.Contains("<h1 lang=\"zh-Hans\">竹瓦根镇</h1>", home);
        Assert.Equal(HttpStatusCode.OK, stopStatus);
        Assert.Contains("<h1 lang=\"zh-Hans\">桑久红色驿站</h1>", stop);
        Assert.Contains("线路的起点", stop);
    }

    [Theory, BothProviders]
    public async Task Revitalization_story_carries_its_figures_in_zh_Hans(DatabaseProvider provider)
    {
        var (status, body) = await GetAsync(provider, "/stories/zhuwagen-revitalization/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>竹瓦根镇：稳就业、强技能、拓销路</h1>", body);
        Assert.Contains("968户监测户", body);
        Assert.Contains("促成就业800人", body);
        Assert.Contains("410余人", body);
        Assert.Contains("500万元", body);
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(DatabaseProvider provider, string path)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
