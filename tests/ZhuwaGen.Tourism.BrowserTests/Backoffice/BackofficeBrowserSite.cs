using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.BrowserTests.Backoffice;

/// <summary>
/// The site on a Kestrel loopback port over a fresh, seeded SQLite database, with one account per content role, and
/// Debian's Chromium (never downloaded) as a 390×844 touch phone. Set BACKOFFICE_SHOTS to a folder to keep a
/// screenshot of every screen the tests visit (BACKOFFICE_SHOTS_FULLPAGE=1 for the whole page, not the first screen).
/// </summary>
public sealed class BackofficeBrowserSite : IAsyncLifetime
{
    public const string Password = "correct horse battery";
    private readonly BrowserSite _site = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Role, string Ui), string> _signedIn = new();

    public string BaseUrl => _site.BaseUrl;

    public IBrowser Browser => _site.Browser;

    /// <summary>The running site's services, for test data an editor would have uploaded (photos).</summary>
    public IServiceProvider Services => _site.Services;

    public string? ShotsFolder { get; } = Environment.GetEnvironmentVariable("BACKOFFICE_SHOTS");

    public async Task InitializeAsync()
    {
        await _site.InitializeAsync();
        await using var scope = _site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserService>();
        foreach (var role in new[] { UserRoles.Editor, UserRoles.Writer, UserRoles.GuesthouseOwner })
        {
            await users.CreateAsync(role + " user", EmailOf(role), Password, role, CancellationToken.None);
        }

        // The owner runs the sample Sangjiu Courtyard: bound to it through their document start nodes.
        var owner = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Users
            .Where(u => u.Email == EmailOf(UserRoles.GuesthouseOwner)).Select(u => u.Key).SingleAsync();
        await scope.ServiceProvider.GetRequiredService<UserStartNodes>().SetAsync(owner, [SangjiuCourtyard], CancellationToken.None);
    }

    public static readonly Guid SangjiuCourtyard = Guid.Parse("027745de-4518-409b-bd12-0280d0caf4fa");

    public static string EmailOf(string role) => $"{role.ToLowerInvariant()}@example.invalid";

    /// <summary>A phone, signed in as <paramref name="role"/> with Chinese as the interface language unless told otherwise.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> SignedInPhoneAsync(string role, string ui = "zh-Hans")
    {
        // Signed in once per role and language, then the cookies are reused: sign-ins are rate-limited per address.
        if (_signedIn.TryGetValue((role, ui), out var state))
        {
            var reused = await Browser.NewContextAsync(_site.Phone(storageState: state));
            var reusedPage = await reused.NewPageAsync();
            await reusedPage.GotoAsync("/umbraco");
            return (reused, reusedPage);
        }

        var context = await _site.PhoneAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/umbraco/login");
        await page.Locator("#email").FillAsync(EmailOf(role));
        await page.Locator("#password").FillAsync(Password);
        await page.Locator($"input[name=ui][value={ui}]").CheckAsync();
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/umbraco(/bookings)?$"));
        _signedIn[(role, ui)] = await context.StorageStateAsync();
        return (context, page);
    }

    public async Task ShotAsync(IPage page, string name)
    {
        if (ShotsFolder is not null)
        {
            Directory.CreateDirectory(ShotsFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotsFolder, name + ".png"), FullPage = Environment.GetEnvironmentVariable("BACKOFFICE_SHOTS_FULLPAGE") == "1" });
        }
    }

    public Task DisposeAsync() => _site.DisposeAsync();
}
