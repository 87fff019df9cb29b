using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ZhuwaGen.Tourism.BrowserTests;

/// <summary>
/// axe (Deque.AxeCore.Playwright) on every page type of the public site, in Chinese and in English, at phone size:
/// no serious or critical violation (contrast, names of links and controls, languages, landmarks, the month grid's
/// table semantics).
/// </summary>
public sealed class SiteAccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var prefix in new[] { "", "/en" })
        {
            foreach (var path in new[]
            {
                "/", "/sangjiu-baga/", "/sangjiu-baga/xueni-agritourism-park/", "/sangjiu-baga/xueni-agritourism-park/orchard-picking/",
                "/events/", "/events/?month=2027-10", "/events/zhala-farmers-market-2027/", "/stories/", "/stories/zhuwagen-revitalization/",
                "/stays/", "/stays/sangjiu-courtyard/", "/notices/", "/notices/border-permit/", "/plan/", "/plan/?from=2027-09-24&days=2",
                "/?q=%E9%87%87%E6%91%98", "/no-such-page/",
            })
            {
                data.Add(prefix + path);
            }
        }

        data.Add("/sangjiu-baga/xueni-agritourism-park/poster");
        data.Add("/offline.html");
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_serious_or_critical_violation(string path)
    {
        await using var context = await site.PhoneAsync(path.StartsWith("/en", StringComparison.Ordinal) ? "en-GB" : "zh-CN");
        var page = await context.NewPageAsync();

        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, $"{path}: {string.Join("\n", serious)}");
    }
}
