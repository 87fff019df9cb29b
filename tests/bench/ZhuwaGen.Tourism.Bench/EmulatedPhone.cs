using Microsoft.Playwright;

namespace ZhuwaGen.Tourism.Bench;

/// <summary>
/// Debian's Chromium as a 390×844 touch phone in Chinese, and Chromium's network emulation on a page (a link of a
/// given speed both ways and round trip), counting the bytes that cross the emulated link.
/// </summary>
public static class EmulatedPhone
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });

    public static Task<IBrowserContext> NewContextAsync(IBrowser browser, string baseUrl, ServiceWorkerPolicy serviceWorkers = ServiceWorkerPolicy.Allow) =>
        browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "zh-CN",
            BaseURL = baseUrl,
            ServiceWorkers = serviceWorkers,
        });

    /// <summary>Slows <paramref name="page"/>'s own requests to the link and returns the session and the counter of bytes over it.</summary>
    public static async Task<(ICDPSession Session, LinkBytes Bytes)> EmulateAsync(IBrowserContext context, IPage page, int bitsPerSecond, int roundTripMs)
    {
        var session = await context.NewCDPSessionAsync(page);
        await session.SendAsync("Network.enable");
        await session.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = roundTripMs,
            ["downloadThroughput"] = bitsPerSecond / 8,
            ["uploadThroughput"] = bitsPerSecond / 8,
        });
        var bytes = new LinkBytes();
        session.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            if (e?.TryGetProperty("encodedDataLength", out var length) == true)
            {
                bytes.Add((long)length.GetDouble());
            }
        };
        return (session, bytes);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>Encoded bytes that crossed the emulated link since the last <see cref="Take"/>.</summary>
public sealed class LinkBytes
{
    private long _bytes;

    public void Add(long bytes) => Interlocked.Add(ref _bytes, bytes);

    public long Take() => Interlocked.Exchange(ref _bytes, 0);
}
