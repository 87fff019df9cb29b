using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace ZhuwaGen.Tourism.BrowserTests;

/// <summary>
/// The whole site on a Kestrel loopback port over a fresh SQLite database (migrated, seeded and published at start),
/// and Debian's Chromium driven by Playwright. The browser is never downloaded: it is /usr/bin/chromium
/// (<c>apt-get install chromium fonts-noto-cjk fonts-tibetan-machine</c>, which tests/run.sh does when missing).
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"zhuwagen-browser-{Guid.NewGuid():N}.db");
    private Factory? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _factory = new Factory(_databaseFile);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>The running site's services (to create accounts before a test signs in).</summary>
    public IServiceProvider Services => _factory!.Services;

    /// <summary>A phone: 390×844, touch, a Chinese browser by default.</summary>
    public Task<IBrowserContext> PhoneAsync(string locale = "zh-CN", bool javaScript = true) => Browser.NewContextAsync(Phone(locale, javaScript));

    /// <summary>The options of <see cref="PhoneAsync"/>, optionally with saved cookies (a signed-in session).</summary>
    public BrowserNewContextOptions Phone(string locale = "zh-CN", bool javaScript = true, string? storageState = null) => new()
    {
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
        Locale = locale,
        JavaScriptEnabled = javaScript,
        BaseURL = BaseUrl,
        StorageState = storageState,
    };

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_databaseFile + suffix);
        }
    }

    private sealed class Factory(string databaseFile) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Cms", $"Data Source={databaseFile};Pooling=False");
        }
    }
}
