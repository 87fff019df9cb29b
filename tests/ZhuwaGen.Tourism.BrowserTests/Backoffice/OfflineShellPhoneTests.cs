using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.BrowserTests.Backoffice;

/// <summary>
/// The back-office shell after one visit, on a 390×844 touch phone in Chromium with the network switched off: the
/// service worker shows the kept home and edit screens marked as saved copies, says which screens it has for one it
/// never saw, an edit made on the kept screen arrives when the signal returns, and signing out drops every kept screen.
/// </summary>
public sealed class OfflineShellPhoneTests(BackofficeBrowserSite site) : IClassFixture<BackofficeBrowserSite>
{
    private const string KeptScreens = "() => caches.open('bo-pages').then((c) => c.keys()).then((keys) => keys.map((r) => { const u = new URL(r.url); return u.pathname + u.search; }))";

    [Fact]
    public async Task After_one_visit_the_shell_opens_without_a_signal_and_an_edit_made_there_arrives_later()
    {
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.Editor, ui: "en");
        await using var _ = context;
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");
        await page.GotoAsync("/umbraco/stops?q=Xueni");
        var edit = await page.Locator("a.card").First.GetAttributeAsync("href") ?? throw new InvalidOperationException("no Xueni card");
        await page.GotoAsync(edit);
        var key = Guid.Parse(edit[^36..]);
        await Assertions.Expect(page.GetByLabel("Opening hours")).ToBeVisibleAsync();
        await WaitUntilKeptAsync(page, "/umbraco", edit);

        await context.SetOfflineAsync(true);
        await page.GotoAsync("/umbraco");
        await Assertions.Expect(page.Locator(".saved-copy")).ToContainTextAsync("No signal: this is the copy kept on this phone at");
        await PhoneAudit.AssertScreenAsync(site, page, "50-home-saved-copy");

        var never = await page.GotoAsync("/umbraco/events");
        Assert.Equal(503, never!.Status);
        Assert.Contains("No signal. This screen is not kept on this phone yet", await page.InnerTextAsync("main"));
        await PhoneAudit.AssertScreenAsync(site, page, "51-not-kept-offline");
        await page.Locator($"a.card[href='{edit}']").TapAsync();
        await page.WaitForURLAsync(new Regex(Regex.Escape(edit) + "$"));
        await Assertions.Expect(page.Locator(".saved-copy")).ToBeVisibleAsync();
        await page.GetByLabel("Opening hours").FillAsync("在没有信号的山上打开保存的页面写的");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).TapAsync();
        await Assertions.Expect(page.Locator("#offline-status")).ToContainTextAsync("No signal");
        await PhoneAudit.AssertScreenAsync(site, page, "52-edit-on-saved-copy");

        await context.SetOfflineAsync(false);
        await page.WaitForURLAsync(new Regex("done=save"));
        Assert.Equal("在没有信号的山上打开保存的页面写的", await DraftHoursAsync(key));
    }

    [Fact]
    public async Task Signing_out_drops_every_kept_screen()
    {
        // Its own sign-in, because signing out ends the account's sessions everywhere.
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            BaseURL = site.BaseUrl,
        });
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync("/umbraco/login");
        await page.Locator("#email").FillAsync(BackofficeBrowserSite.EmailOf(UserRoles.Writer));
        await page.Locator("#password").FillAsync(BackofficeBrowserSite.Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(site.BaseUrl + "/umbraco");
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");
        await page.GotoAsync("/umbraco/stories");
        await WaitUntilKeptAsync(page, "/umbraco", "/umbraco/stories");

        await page.GotoAsync("/umbraco/account");
        Assert.DoesNotContain("/umbraco/account", await page.EvaluateAsync<string[]>(KeptScreens));
        await page.Locator("form[action='/umbraco/logout'] button").TapAsync();
        await page.WaitForURLAsync(new Regex("/umbraco/login"));

        await WaitUntilAsync(page, kept => kept.Length == 0, "dropped every kept screen");
    }

    private static Task WaitUntilKeptAsync(IPage page, params string[] screens) =>
        WaitUntilAsync(page, kept => screens.All(kept.Contains), "kept " + string.Join(", ", screens));

    private static async Task WaitUntilAsync(IPage page, Func<string[], bool> condition, string what)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (condition(await page.EvaluateAsync<string[]>(KeptScreens)))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The service worker has not {what}: it keeps {string.Join(", ", await page.EvaluateAsync<string[]>(KeptScreens))}");
    }

    private async Task<string?> DraftHoursAsync(Guid key)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var document = await scope.ServiceProvider.GetRequiredService<DocumentQueries>().GetAsync(key, CancellationToken.None);
        return document?.Draft.GetValue("openingHours", "zh-Hans")?.ToString();
    }
}
