using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ZhuwaGen.Tourism.BrowserTests;

/// <summary>
/// The offline trip pack in a real Chromium: a visitor plans two days, keeps the pack with one tap, loses the signal,
/// and still opens the plan, a stop with its navigation links, and, for a page never kept, the offline page.
/// </summary>
public sealed class OfflinePackTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task A_kept_plan_and_the_route_open_with_the_network_off()
    {
        await using var context = await site.PhoneAsync("en-GB");
        var page = await context.NewPageAsync();
        var firstDay = DateTime.Today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await page.GotoAsync("/en/plan/");
        await page.Locator("#plan-from").FillAsync(firstDay);
        await page.Locator("#plan-days").SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make my plan" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("from=" + firstDay));
        Assert.Equal(2, await page.Locator("section.plan-day").CountAsync());
        var plan = page.Url;
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep the trip pack offline" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('.offline-pack [role=status]').textContent.includes('pages kept')");

        await context.SetOfflineAsync(true);

        await page.GotoAsync(plan);
        Assert.Equal(2, await page.Locator("section.plan-day").CountAsync());
        await page.GotoAsync("/en/sangjiu-baga/xueni-agritourism-park/");
        Assert.Equal("Xueni Village Agritourism and Leisure Park", await page.Locator("h1").InnerTextAsync());
        var amap = await page.GetByRole(AriaRole.Link, new() { Name = "Amap", Exact = true }).GetAttributeAsync("href");
        Assert.StartsWith("https://uri.amap.com/marker?position=", amap);
        await page.GotoAsync("/en/stories/zhuwagen-revitalization/");
        Assert.Equal("现在没有网络", await page.Locator("h1").InnerTextAsync());
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-kept-pages] li').length > 5");
    }
}
