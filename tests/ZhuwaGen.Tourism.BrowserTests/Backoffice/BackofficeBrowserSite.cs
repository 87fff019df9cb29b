using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.BrowserTests.Backoffice;

/// <summary>
/// The site on a Kestrel loopback port over a fresh, seeded SQLite database, with one account per content role, and
/// Debian's Chromium (never downloaded) as a 390×844 touch phone. Set BACKOFFICE_SHOTS to a folder to keep a
/// screenshot of every screen the tests visit.
/// </summary>
public sealed class BackofficeBrowserSite : IAsyncLifetime
{
    public const string Password = "correct horse battery";
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"zhuwagen-backoffice-{Guid.NewGuid():N}.db");
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Role, string Ui), string> _signedIn = new();
    private Factory? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    public string? ShotsFolder { get; } = Environment.GetEnvironmentVariable("BACKOFFICE_SHOTS");

    public async Task InitializeAsync()
    {
        _factory = new Factory(_databaseFile);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserService>();
            foreach (var role in new[] { UserRoles.Editor, UserRoles.Writer })
            {
                await users.CreateAsync(role + " user", EmailOf(role), Password, role, CancellationToken.None);
            }
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserSite.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public static string EmailOf(string role) => $"{role.ToLowerInvariant()}@example.invalid";

    /// <summary>A phone, signed in as <paramref name="role"/> with Chinese as the interface language unless told otherwise.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> SignedInPhoneAsync(string role, string ui = "zh-Hans")
    {
        // Signed in once per role and language, then the cookies are reused: sign-ins are rate-limited per address.
        if (_signedIn.TryGetValue((role, ui), out var state))
        {
            var reused = await Browser.NewContextAsync(Phone(state));
            var reusedPage = await reused.NewPageAsync();
            await reusedPage.GotoAsync("/umbraco");
            return (reused, reusedPage);
        }

        var context = await Browser.NewContextAsync(Phone(null));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/umbraco/login");
        await page.Locator("#email").FillAsync(EmailOf(role));
        await page.Locator("#password").FillAsync(Password);
        await page.Locator($"input[name=ui][value={ui}]").CheckAsync();
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "/umbraco");
        _signedIn[(role, ui)] = await context.StorageStateAsync();
        return (context, page);
    }

    private BrowserNewContextOptions Phone(string? storageState) => new()
    {
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
        Locale = "zh-CN",
        BaseURL = BaseUrl,
        StorageState = storageState,
    };

    public async Task ShotAsync(IPage page, string name)
    {
        if (ShotsFolder is not null)
        {
            Directory.CreateDirectory(ShotsFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotsFolder, name + ".png"), FullPage = false });
        }
    }

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
