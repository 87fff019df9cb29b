using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ZhuwaGen.Tourism.Web.Site.Maps;

namespace ZhuwaGen.Tourism.BrowserTests;

/// <summary>
/// A visitor on a 390×844 phone in Chromium: home → route → stop → "navigate here", in Chinese and in English,
/// with every request staying on the site's own origin.
/// </summary>
public sealed class PhoneJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly GeoPoint XueniWgs = new(28.651, 97.4525);

    [Theory]
    [InlineData("zh-CN", "/", "查看线路和地图", "学尼村农业观光休闲旅游项目", "高德地图")]
    [InlineData("en-GB", "/en/", "See the route and its map", "Xueni Village Agritourism and Leisure Park", "Amap")]
    public async Task Home_to_route_to_stop_to_amap_with_gcj02_coordinates(string locale, string home, string routeLink, string stop, string amap)
    {
        await using var context = await site.PhoneAsync(locale);
        var page = await context.NewPageAsync();

        await page.GotoAsync(home);
        await page.GetByRole(AriaRole.Link, new() { Name = routeLink }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/sangjiu-baga/$"));
        Assert.Equal(5, await page.Locator("svg.route-map circle.route-map-stop").CountAsync());
        await page.Locator("ol.stops").GetByRole(AriaRole.Link, new() { Name = stop, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/sangjiu-baga/xueni-agritourism-park/$"));
        Assert.Equal(stop, await page.Locator("h1").InnerTextAsync());

        var link = page.GetByRole(AriaRole.Link, new() { Name = amap, Exact = true });
        Assert.True(await link.IsVisibleAsync());
        var href = await link.GetAttributeAsync("href");
        var gcj = ChinaCoordinates.WgsToGcj(XueniWgs);
        Assert.StartsWith("https://uri.amap.com/marker?position=", href);
        Assert.Contains($"position={F(gcj.Longitude)},{F(gcj.Latitude)}&", href);
        Assert.Contains("coordinate=gaode", href);
        var box = await link.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 390, "the Amap button fits the phone's width");
    }

    [Fact]
    public async Task No_request_leaves_the_sites_origin()
    {
        await using var context = await site.PhoneAsync();
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        foreach (var path in new[]
        {
            "/", "/sangjiu-baga/", "/sangjiu-baga/xueni-agritourism-park/", "/events/", "/events/xueni-autumn-picking-festival-2027/",
            "/stories/", "/stories/zhuwagen-revitalization/", "/stays/", "/stays/sangjiu-courtyard/", "/notices/", "/?q=采摘",
            "/en/", "/en/sangjiu-baga/zhala-yimu-liangtian/", "/bo/", "/bo/sangjiu-baga/", "/en/no-such-page/",
        })
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.True(requests.Count > 16);
        Assert.All(requests, url => Assert.True(url.StartsWith(site.BaseUrl + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), url));
    }

    [Fact]
    public async Task A_stop_page_is_complete_without_javascript()
    {
        await using var context = await site.PhoneAsync("en-GB", javaScript: false);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/en/sangjiu-baga/zhala-yimu-liangtian/");

        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Baidu Maps" }).IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Searchbox).IsVisibleAsync());
        await page.GetByRole(AriaRole.Searchbox).FillAsync("cooperative");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("q=cooperative"));
        Assert.True(await page.Locator("mark").CountAsync() > 0);
    }

    private static string F(double degrees) => degrees.ToString("0.######", CultureInfo.InvariantCulture);
}
