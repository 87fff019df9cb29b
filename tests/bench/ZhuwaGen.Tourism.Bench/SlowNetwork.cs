using System.Globalization;
using Microsoft.Playwright;

namespace ZhuwaGen.Tourism.Bench;

/// <summary>
/// A page on a weak mountain signal: Debian's Chromium at phone size with Chromium's network emulation (400 kbit/s
/// down and up, 400 ms round trip), timing the largest contentful paint (when the largest text or image is drawn) of
/// a first visit (empty cache, new context) and of a repeat visit (same context: the HTTP cache; the service worker is
/// blocked, see below), and counting the bytes that crossed the emulated link. Each run has its own context.
/// </summary>
public static class SlowNetwork
{
    private const int BitsPerSecond = 400_000;
    private const int LatencyMs = 400;

    private const string LargestPaint = """
        () => new Promise(resolve => {
          let last = 0;
          new PerformanceObserver(list => { for (const e of list.getEntries()) last = e.startTime; })
            .observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => resolve(last), 300);
        })
        """;

    public static async Task RunAsync(string baseUrl, string path, int runs)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await EmulatedPhone.LaunchAsync(playwright);

        var first = new List<double>();
        var repeat = new List<double>();
        long firstBytes = 0, repeatBytes = 0;
        for (var run = 0; run < runs; run++)
        {
            // Chromium's emulation throttles the page's own requests, not a service worker's: with the worker on, a
            // repeat visit would look free. Blocked, every request crosses the slow link (HTTP cache only).
            await using var context = await EmulatedPhone.NewContextAsync(browser, baseUrl, ServiceWorkerPolicy.Block);
            var page = await context.NewPageAsync();
            var (_, bytes) = await EmulatedPhone.EmulateAsync(context, page, BitsPerSecond, LatencyMs);

            await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
            first.Add(await page.EvaluateAsync<double>(LargestPaint));
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            firstBytes += bytes.Take();

            await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
            repeat.Add(await page.EvaluateAsync<double>(LargestPaint));
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            repeatBytes += bytes.Take();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path} at 400 kbit/s, 400 ms RTT, {runs} runs: first visit LCP median {EmulatedPhone.Median(first):0} ms (min {first.Min():0}, max {first.Max():0}), {firstBytes / runs / 1024.0:0.0} KB over the link; " +
            $"repeat visit LCP median {EmulatedPhone.Median(repeat):0} ms (min {repeat.Min():0}, max {repeat.Max():0}), {repeatBytes / runs / 1024.0:0.0} KB"));
    }
}
