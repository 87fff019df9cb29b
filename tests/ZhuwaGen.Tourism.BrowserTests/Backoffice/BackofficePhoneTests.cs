using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.BrowserTests.Backoffice;

/// <summary>
/// The back-office on a 390×844 touch phone in Chromium: the routine edit counted in taps, a touch-target audit and
/// axe on every screen, what a writer is offered, and the first load's weight.
/// </summary>
public sealed class BackofficePhoneTests(BackofficeBrowserSite site) : IClassFixture<BackofficeBrowserSite>
{
    private const string XueniZh = "学尼村农业观光休闲旅游项目";

    [Fact]
    public async Task Routine_edit_home_to_xueni_opening_hours_to_published_in_three_taps()
    {
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.Editor);
        await using var _ = context;
        var taps = 0;
        async Task Tap(ILocator target)
        {
            await target.TapAsync();
            taps++;
        }

        await page.GotoAsync("/umbraco");
        await Tap(page.Locator("a.card", new() { HasText = XueniZh }).First);
        await page.WaitForURLAsync(new Regex("/umbraco/content/"));
        var hours = page.GetByLabel("开放时间");
        await Tap(hours);
        await hours.FillAsync("每日 8:00—20:00（冬季 10:00—17:00）");
        await Tap(page.GetByRole(AriaRole.Button, new() { Name = "发布中文版" }));
        await page.WaitForURLAsync(new Regex("done=publish"));

        Assert.Equal(3, taps);
        Assert.Contains("发布", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Equal("每日 8:00—20:00（冬季 10:00—17:00）", await page.GetByLabel("开放时间").InputValueAsync());
        await site.ShotAsync(page, "05-edit-published");

        // The published site shows it once the change pipeline has applied the publish.
        var visitor = await context.NewPageAsync();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await visitor.GotoAsync("/sangjiu-baga/xueni-agritourism-park/");
            if ((await visitor.ContentAsync()).Contains("冬季 10:00—17:00", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail("the published opening hours never reached the site");
    }

    [Theory]
    [InlineData("01-home", "/umbraco")]
    [InlineData("02-stops", "/umbraco/stops")]
    [InlineData("03-events", "/umbraco/events")]
    [InlineData("04-stories", "/umbraco/stories")]
    [InlineData("06-stays", "/umbraco/stays")]
    [InlineData("07-photos", "/umbraco/photos")]
    [InlineData("08-new-event", "/umbraco/events/new")]
    [InlineData("09-account", "/umbraco/account")]
    [InlineData("10-edit-stop-en", "xueni?culture=en")]
    [InlineData("11-edit-stop-bo", "xueni?culture=bo")]
    [InlineData("12-edit-event", "event")]
    [InlineData("17-translations", "/umbraco/translations")]
    [InlineData("18-audit", "/umbraco/audit")]
    [InlineData("19-recycle-bin", "/umbraco/trash")]
    [InlineData("20-move", "xueni/move")]
    [InlineData("21-item-audit", "xueni/audit")]
    public async Task Every_screen_has_large_targets_and_no_serious_accessibility_violation(string name, string path)
    {
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.Editor);
        await using var _ = context;
        await page.GotoAsync(await ResolveAsync(page, path));

        await AssertScreenAsync(page, name);
    }

    [Fact]
    public async Task The_sign_in_screen_has_large_targets_and_no_serious_accessibility_violation()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Locale = "zh-CN",
            BaseURL = site.BaseUrl,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/umbraco/login");

        await AssertScreenAsync(page, "00-sign-in");
    }

    [Fact]
    public async Task A_writer_gets_save_draft_and_submit_for_review_in_a_sticky_bar_above_the_tabs()
    {
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.Writer, ui: "en");
        await using var _ = context;
        await page.GotoAsync(await ResolveAsync(page, "xueni?culture=en"));

        var bar = page.Locator(".actionbar");
        var save = bar.GetByRole(AriaRole.Button, new() { Name = "Save draft" });
        var box = (await save.BoundingBoxAsync())!;
        var tabs = (await page.Locator(".tabbar").BoundingBoxAsync())!;

        var submit = (await bar.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).BoundingBoxAsync())!;

        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Publish|Unpublish|Schedule") }).CountAsync());
        Assert.True(box.Height >= 48 && box.Width >= 120, $"save is {box.Width}×{box.Height}");
        Assert.True(submit.Height >= 48 && submit.Width >= 150, $"submit is {submit.Width}×{submit.Height}");
        Assert.True(box.Y + box.Height <= tabs.Y, "the action bar sits above the tab bar");
        await page.Mouse.WheelAsync(0, 3000);
        Assert.True(await save.IsVisibleAsync());
        await site.ShotAsync(page, "13-writer-edit");
    }

    [Fact]
    public async Task History_shows_what_changed_and_rolls_back_on_the_phone()
    {
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.Editor, ui: "en");
        await using var _ = context;
        var edit = await ResolveAsync(page, "xueni?culture=en");
        await page.GotoAsync(edit);
        var before = await page.GetByLabel("Opening hours").InputValueAsync();
        await page.GetByLabel("Opening hours").FillAsync("Closed while the road is mended");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).TapAsync();
        await page.WaitForURLAsync(new Regex("done=save"));

        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).TapAsync();
        await page.WaitForURLAsync(new Regex("/history$"));
        await AssertScreenAsync(page, "15-history");
        await page.Locator("a.card").Nth(1).TapAsync();
        await page.WaitForURLAsync(new Regex("/history/[0-9]+$"));
        await AssertScreenAsync(page, "16-version-diff");
        Assert.Contains("Closed while the road is mended", await page.Locator(".diff-lines ins").First.InnerTextAsync());
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Roll back every language" }).IsVisibleAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Roll back English only" }).TapAsync();
        await page.WaitForURLAsync(new Regex("culture=en&done=rollback"));

        Assert.Contains("Rolled back at", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        await page.GotoAsync(edit);
        Assert.Equal(before, await page.GetByLabel("Opening hours").InputValueAsync());
    }

    [Fact]
    public async Task An_edit_left_unsaved_is_kept_on_the_phone_and_offered_back()
    {
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.Editor, ui: "en");
        await using var _ = context;
        var edit = await ResolveAsync(page, "xueni?culture=en");
        await page.GotoAsync(edit);
        await page.GetByLabel("Opening hours").FillAsync("Typed on a mountain with no signal");

        // Leaving without saving (a tab, a lost session): the edit stays on the phone.
        await page.GotoAsync("/umbraco");
        await page.GotoAsync(edit);
        var restore = page.GetByRole(AriaRole.Button, new() { Name = "Restore the unsaved edit" });
        await AssertScreenAsync(page, "14-restore-offer");
        await restore.TapAsync();

        Assert.Equal("Typed on a mountain with no signal", await page.GetByLabel("Opening hours").InputValueAsync());
        Assert.False(await restore.IsVisibleAsync());
    }

    [Fact]
    public async Task The_bottom_sheet_schedules_what_was_typed_in_shanghai_time()
    {
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.Editor);
        await using var _ = context;
        await page.GotoAsync(await ResolveAsync(page, "xueni?culture=zh-Hans"));
        await page.GetByLabel("开放时间").FillAsync("明早上线的开放时间");

        await page.Locator("details.sheet > summary").TapAsync();
        var publishAt = page.GetByLabel("发布时间");
        await Assertions.Expect(publishAt).ToBeVisibleAsync();
        await AssertScreenAsync(page, "22-publish-sheet");
        var tomorrow = DateTime.UtcNow.AddHours(8).Date.AddDays(1).AddHours(9).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await publishAt.FillAsync(tomorrow);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存定时" }).TapAsync();
        await page.WaitForURLAsync(new Regex("done=schedule"));

        Assert.Equal("明早上线的开放时间", await page.GetByLabel("开放时间").InputValueAsync());
        Assert.Equal(tomorrow, await page.GetByLabel("发布时间").InputValueAsync());
    }

    [Fact]
    public async Task An_editor_creates_an_event_that_repeats_every_saturday_and_sees_its_dates()
    {
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.Editor);
        await using var _ = context;
        // Dates from today, so the rule always has dates to come: the second Saturday from now, for five weeks.
        var today = DateTime.UtcNow.AddHours(8).Date;
        var first = today.AddDays(((int)DayOfWeek.Saturday - (int)today.DayOfWeek + 7) % 7 + 7);
        string Day(DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.GotoAsync("/umbraco/events/new");
        await page.Locator("#f-name").FillAsync("巴嘎村周六篝火晚会");
        await page.GetByLabel("开始时间").FillAsync(Day(first) + "T19:30");
        await page.GetByLabel("结束时间").FillAsync(Day(first) + "T22:00");

        // Until a frequency is chosen, the finer choices stay out of the way.
        Assert.False(await page.GetByLabel("间隔").IsVisibleAsync());
        await page.GetByLabel("每周", new() { Exact = true }).CheckAsync();
        Assert.True(await page.GetByLabel("间隔").IsVisibleAsync());
        await page.GetByLabel("星期六").CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "到这一天为止" }).CheckAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "到这一天为止" }).FillAsync(Day(first.AddDays(28)));
        await page.GetByLabel("添加一个日期").FillAsync(Day(first.AddDays(14)));
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).TapAsync();
        await page.WaitForURLAsync(new Regex("/umbraco/content/.*done=save"));

        var summary = page.Locator(".recurrence-summary");
        await Assertions.Expect(summary).ToContainTextAsync("每星期六，至" + first.AddDays(28).ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture));
        var dates = await summary.Locator("li").AllInnerTextsAsync();
        Assert.Equal(
            new[] { first, first.AddDays(7), first.AddDays(21), first.AddDays(28) }.Select(d => d.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture) + " 周六"),
            dates);
        Assert.True(await page.GetByLabel("星期六").IsCheckedAsync());
        await AssertScreenAsync(page, "24-event-repeats");
    }

    [Fact]
    public async Task Use_my_location_fills_the_coordinates_and_the_route_map_marks_the_saved_point()
    {
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.Editor);
        await using var _ = context;
        await context.GrantPermissionsAsync(["geolocation"]);
        await context.SetGeolocationAsync(new Geolocation { Latitude = 28.6605f, Longitude = 97.4601f, Accuracy = 12 });
        await page.GotoAsync(await ResolveAsync(page, "xueni?culture=zh-Hans"));
        var map = page.Locator("figure.coordinates-map svg");

        Assert.True(await map.Locator(".route-map-stop").CountAsync() >= 4, "the other stops are on the map");
        Assert.Equal(1, await map.Locator(".route-map-here").CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "使用我现在的位置" }).TapAsync();
        await Assertions.Expect(page.Locator("[data-locate-status]")).ToContainTextAsync("已填入");
        Assert.StartsWith("28.6605", await page.Locator("#f-latitude").InputValueAsync());
        Assert.StartsWith("97.4601", await page.Locator("#f-longitude").InputValueAsync());
        await AssertScreenAsync(page, "23-use-my-location");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).TapAsync();
        await page.WaitForURLAsync(new Regex("done=save"));

        Assert.StartsWith("28.6605", await page.Locator("#f-latitude").InputValueAsync());
        Assert.Equal(1, await page.Locator("figure.coordinates-map svg .route-map-here").CountAsync());
    }

    [Fact]
    public async Task The_first_load_at_phone_size_is_under_150_KB_compressed()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            BaseURL = site.BaseUrl,
        });
        var page = await context.NewPageAsync();
        var responses = new List<IResponse>();
        // The context's responses, so what the back-office service worker fetches to keep is counted too.
        context.Response += (_, response) => responses.Add(response);

        await page.GotoAsync("/umbraco", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.Locator("#email").FillAsync(BackofficeBrowserSite.EmailOf(UserRoles.Editor));
        await page.Locator("#password").FillAsync(BackofficeBrowserSite.Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(site.BaseUrl + "/umbraco");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");
        await page.WaitForFunctionAsync("() => caches.open('bo-pages').then((c) => c.match('/umbraco')).then((r) => !!r)");

        long total = 0;
        var loaded = responses.ToArray();
        foreach (var response in loaded)
        {
            var sizes = await response.Request.SizesAsync();
            total += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }

        // Sign-in page, stylesheet, scripts, favicon, the sign-in post and its redirect, the home screen, and the service
        // worker with what it keeps (the scripts, and the home screen once more).
        Assert.True(total <= 150 * 1024, $"first load {total} bytes over {loaded.Length} responses");
        await File.AppendAllTextAsync(Path.Combine(Path.GetTempPath(), "backoffice-first-load.txt"), $"{DateTime.UtcNow:O} {total} bytes, {loaded.Length} responses: {string.Join(' ', loaded.Select(r => new Uri(r.Url).AbsolutePath))}\n");
    }

    // "xueni" and "event" name the edit screens of seeded items, found through the lists as an editor would.
    private static async Task<string> ResolveAsync(IPage page, string path)
    {
        var mark = path.IndexOf('?', StringComparison.Ordinal);
        var (item, query) = mark < 0 ? (path, string.Empty) : (path[..mark], path[mark..]);
        if (item.StartsWith('/'))
        {
            return path;
        }

        var slash = item.IndexOf('/', StringComparison.Ordinal);
        var (name, rest) = slash < 0 ? (item, string.Empty) : (item[..slash], item[slash..]);
        await page.GotoAsync(name == "xueni" ? "/umbraco/stops?q=Xueni" : "/umbraco/events");
        var href = await page.Locator("a.card").First.GetAttributeAsync("href");
        return href + rest + query;
    }

    private Task AssertScreenAsync(IPage page, string name) => PhoneAudit.AssertScreenAsync(site, page, name);
}
