using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ZhuwaGen.Tourism.BrowserTests;

/// <summary>
/// The offline trip pack in a real Chromium, in Chinese and in English: a visitor plans two days, keeps the pack with one tap, loses the signal,
/// and still opens the plan, a stop with its navigation links, and, for a page never kept, the offline page.
/// </summary>
public sealed class OfflinePackTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData("zh-CN", "", "生成行程", "保存离线行程包", "个页面", "学尼村农业观光休闲旅游项目", "高德地图")]
    [InlineData("en-GB", "/en", "Make my plan", "Keep the trip pack offline", "pages kept", "Xueni Village Agritourism and Leisure Park", "Amap")]
    public async Task A_kept_plan_and_the_route_open_with_the_network_off(
        string locale, string prefix, string makePlan, string keep, string kept, string xueni, string amapName)
    {
        await using var context = await site.PhoneAsync(locale);
        var page = await context.NewPageAsync();
        var firstDay = DateTime.Today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await page.GotoAsync(prefix + "/plan/");
        await page.Locator("#plan-from").FillAsync(firstDay);
        await page.Locator("#plan-days").SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = makePlan }).ClickAsync();
        await page.WaitForURLAsync(new Regex("from=" + firstDay));
        Assert.Equal(2, await page.Locator("section.plan-day").CountAsync());
        var plan = page.Url;
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");
        await page.GetByRole(AriaRole.Button, new() { Name = keep }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('.offline-pack [role=status]').textContent.includes('" + kept + "')");

        await context.SetOfflineAsync(true);

        await page.GotoAsync(plan);
        Assert.Equal(2, await page.Locator("section.plan-day").CountAsync());
        await page.GotoAsync(prefix + "/sangjiu-baga/xueni-agritourism-park/");
        Assert.Equal(xueni, await page.Locator("h1").InnerTextAsync());
        var amap = await page.GetByRole(AriaRole.Link, new() { Name = amapName, Exact = true }).GetAttributeAsync("href");
        Assert.StartsWith("https://uri.amap.com/marker?position=", amap);
        await page.GotoAsync(prefix + "/stories/zhuwagen-revitalization/");
        Assert.Equal("现在没有网络", await page.Locator("h1").InnerTextAsync());
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-kept-pages] li').length > 5");
    }
}
