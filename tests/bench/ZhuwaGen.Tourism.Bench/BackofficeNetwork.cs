using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace ZhuwaGen.Tourism.Bench;

/// <summary>
/// The back-office on a weak signal, as the issue sets it: Debian's Chromium at 390×844 with Chromium's network
/// emulation at 1 Mbit/s both ways and 300 ms round trip. Signed in first at full speed; then, with an empty HTTP
/// cache, the first load of the home screen, and the time to an interactive list: the stops tab opened from there
/// (cache as the home screen left it) and opened cold (empty cache). "Interactive" is the end of DOMContentLoaded:
/// the screen is server-rendered and its scripts are deferred, so by then every card and button works. Bytes are
/// what crossed the emulated link (compressed). The back-office service worker is blocked: Chromium does not throttle
/// a worker's own requests, so with it a screen would look free; what it saves on a repeat visit is not measured here.
/// </summary>
public static class BackofficeNetwork
{
    private const int BitsPerSecond = 1_000_000;
    private const int LatencyMs = 300;

    private const string Timing = """
        () => new Promise(resolve => {
          let lcp = 0;
          new PerformanceObserver(list => { for (const e of list.getEntries()) lcp = e.startTime; })
            .observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => {
            const n = performance.getEntriesByType('navigation')[0];
            resolve(JSON.stringify({ interactive: n.domContentLoadedEventEnd, load: n.loadEventEnd, lcp }));
          }, 300);
        })
        """;

    public static async Task RunAsync(string baseUrl, string email, string password, int runs)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await EmulatedPhone.LaunchAsync(playwright);

        var results = new Dictionary<string, List<Visit>> { ["home, first load"] = [], ["stops list from home"] = [], ["stops list, cold"] = [] };
        for (var run = 0; run < runs; run++)
        {
            await using var context = await EmulatedPhone.NewContextAsync(browser, baseUrl, ServiceWorkerPolicy.Block);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/umbraco/login");
            await page.Locator("#email").FillAsync(email);
            await page.Locator("#password").FillAsync(password);
            await page.Locator("input[name=ui][value=zh-Hans]").CheckAsync();
            await page.Locator("form button[type=submit]").ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/umbraco$"));

            var (session, bytes) = await EmulatedPhone.EmulateAsync(context, page, BitsPerSecond, LatencyMs);
            await session.SendAsync("Network.clearBrowserCache");

            async Task<Visit> VisitAsync(string path)
            {
                await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
                var timing = JsonDocument.Parse(await page.EvaluateAsync<string>(Timing)).RootElement;
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                return new Visit(timing.GetProperty("interactive").GetDouble(), timing.GetProperty("lcp").GetDouble(), bytes.Take());
            }

            results["home, first load"].Add(await VisitAsync("/umbraco"));
            results["stops list from home"].Add(await VisitAsync("/umbraco/stops"));
            await session.SendAsync("Network.clearBrowserCache");
            results["stops list, cold"].Add(await VisitAsync("/umbraco/stops"));
        }

        Console.WriteLine($"back-office at 1 Mbit/s, 300 ms RTT, 390×844 Chromium, {runs} runs (medians):");
        foreach (var (name, visits) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-22} interactive {EmulatedPhone.Median(visits.Select(v => v.Interactive)):0} ms (min {visits.Min(v => v.Interactive):0}, max {visits.Max(v => v.Interactive):0}), " +
                $"largest paint {EmulatedPhone.Median(visits.Select(v => v.Paint)):0} ms, {EmulatedPhone.Median(visits.Select(v => (double)v.Bytes)) / 1024:0.0} KB over the link"));
        }
    }

    private sealed record Visit(double Interactive, double Paint, long Bytes);
}
