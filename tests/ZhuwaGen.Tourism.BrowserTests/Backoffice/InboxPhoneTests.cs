using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Forms.Entries;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.BrowserTests.Backoffice;

/// <summary>
/// The guesthouse owner on a 390×844 touch phone: sign in, land in the bookings inbox, see the pending request with its
/// reply deadline, confirm it in one tap (and the notice a second manager gets); the touch-target audit and axe on the
/// inbox screens, with a calendar kept in sync on the room status; the first load's weight.
/// </summary>
public sealed class InboxPhoneTests(BackofficeBrowserSite site) : IClassFixture<BackofficeBrowserSite>
{
    private static readonly Guid GuesthouseStay = Guid.Parse("8f13dc4a-db00-5430-99a1-c789297df04d");
    private static readonly Guid StandardTwin = Guid.Parse("6d58e5c9-32d5-4315-9427-632e562d70cb");

    [Fact]
    public async Task An_owner_signs_in_on_the_phone_sees_the_request_with_its_deadline_and_confirms_it()
    {
        var reference = await BookAsync("Ada Guest", 40);
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Locale = "zh-CN",
            BaseURL = site.BaseUrl,
        });
        var page = await context.NewPageAsync();
        var responses = new List<IResponse>();
        page.Response += (_, response) => responses.Add(response);

        await page.GotoAsync("/umbraco", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.Locator("#email").FillAsync(BackofficeBrowserSite.EmailOf(UserRoles.GuesthouseOwner));
        await page.Locator("#password").FillAsync(BackofficeBrowserSite.Password);
        await page.Locator("input[name=ui][value=en]").CheckAsync();
        await page.Locator("form button[type=submit]").TapAsync();
        await page.WaitForURLAsync(site.BaseUrl + "/umbraco/bookings");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var weight = await WeightAsync(responses);

        var card = page.Locator("article.booking", new() { HasText = reference });
        Assert.Contains("Reply in 23 h", await card.Locator(".deadline").InnerTextAsync());
        Assert.Contains("(Asia/Shanghai)", await card.Locator(".deadline").InnerTextAsync());
        Assert.Equal("tel:+8613800000000", await card.Locator("a.call").GetAttributeAsync("href"));
        await AssertScreenAsync(page, "20-inbox-pending");

        await card.GetByLabel("Message to the guest (optional)").FillAsync("Park by the gate");
        await card.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).TapAsync();
        await page.WaitForURLAsync(new Regex("done=confirmed"));

        Assert.Contains(reference, await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Contains("Confirmed", await page.Locator("article.booking", new() { HasText = reference }).Locator(".booking-state").InnerTextAsync());
        await AssertScreenAsync(page, "21-inbox-confirmed");

        // Where a second manager lands when the first answered already (the redirect of a late decision).
        await page.GotoAsync($"/umbraco/bookings?done=already&reference={reference}");
        Assert.Contains($"{reference} was already answered (Confirmed)", await page.Locator("p.problem[role=status]").InnerTextAsync());
        await AssertScreenAsync(page, "25-inbox-already-answered");

        // Sign-in page, stylesheet, favicon, the sign-in post, the home redirect and the inbox.
        Assert.True(weight <= 100 * 1024, $"first load {weight} bytes over {responses.Count} responses");
        await File.AppendAllTextAsync(Path.Combine(Path.GetTempPath(), "inbox-first-load.txt"), $"{DateTime.UtcNow:O} {weight} bytes, {responses.Count} responses\n");
    }

    [Theory]
    [InlineData("22-inbox-zh", "zh-Hans")]
    [InlineData("23-room-status-en", "en")]
    [InlineData("24-room-status-zh", "zh-Hans")]
    [InlineData("27-robot-settings-zh", "zh-Hans")]
    public async Task The_inbox_screens_have_large_targets_and_no_serious_accessibility_violation(string name, string ui)
    {
        // A night of its own per screen: the fixture's site is shared, and one night has only so many rooms.
        await BookAsync("Bo Guest", 25 + int.Parse(name[..2], System.Globalization.CultureInfo.InvariantCulture));
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.GuesthouseOwner, ui);
        await using var _ = context;
        var stay = $"/umbraco/bookings/stays/{BackofficeBrowserSite.SangjiuCourtyard:D}";
        await page.GotoAsync(name.Contains("room-status", StringComparison.Ordinal) ? stay : name.Contains("robot", StringComparison.Ordinal) ? stay + "/robot" : "/umbraco/bookings");

        await AssertScreenAsync(page, name);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"{name} scrolls sideways: {width} px");
    }

    [Fact]
    public async Task The_room_status_screen_lists_a_calendar_kept_in_sync_with_a_large_stop_button()
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FormsDbContext>();
            db.CalendarSubscriptions.Add(new CalendarSubscriptionEntity
            {
                Id = Guid.NewGuid(),
                ContentId = BackofficeBrowserSite.SangjiuCourtyard,
                RoomType = StandardTwin,
                Label = "Airbnb",
                Url = "https://www.airbnb.cn/calendar/ical/12345678.ics?s=0123456789abcdef0123456789abcdef",
                CreatedBy = "test",
                CreatedUtc = DateTime.UtcNow,
                NextRunUtc = DateTime.UtcNow.AddHours(3),
            });
            await db.SaveChangesAsync();
        }

        var (context, page) = await site.SignedInPhoneAsync(UserRoles.GuesthouseOwner);
        await using var _ = context;
        await page.GotoAsync($"/umbraco/bookings/stays/{BackofficeBrowserSite.SangjiuCourtyard:D}");

        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "停止自动同步" }).CountAsync());
        await AssertScreenAsync(page, "26-room-status-sync-zh");
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the room status scrolls sideways: {width} px");
    }

    private async Task<string> BookAsync(string name, int checkIn)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var entries = scope.ServiceProvider.GetRequiredService<EntryService>();
        var snapshot = scope.ServiceProvider.GetRequiredService<PublishedSnapshotService>().Current;
        var forms = scope.ServiceProvider.GetRequiredService<ZhuwaGen.Tourism.Forms.Definitions.FormRegistry>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var values = new Dictionary<string, string[]>
        {
            ["checkIn"] = [today.AddDays(checkIn).ToString("yyyy-MM-dd")],
            ["checkOut"] = [today.AddDays(checkIn + 2).ToString("yyyy-MM-dd")],
            ["roomType"] = [StandardTwin.ToString("D")],
            ["guests"] = ["2"],
            ["name"] = [name],
            ["phone"] = ["+86 138 0000 0000"],
            ["email"] = ["guest@example.org"],
            ["consent"] = ["on"],
        };
        var outcome = await entries.SubmitAsync(GuesthouseStay,
            new EntrySubmission(values, BackofficeBrowserSite.SangjiuCourtyard, "en", new Dictionary<string, string>(), null),
            new FormMessages(forms.Current, "en", snapshot.DefaultCulture), CancellationToken.None);
        Assert.True(outcome.Status == SubmitStatus.Accepted, string.Join("; ", outcome.Errors.Select(e => $"{e.Key}: {string.Join(",", e.Value)}")));
        return outcome.BookingReference!;
    }

    private static async Task<long> WeightAsync(List<IResponse> responses)
    {
        long total = 0;
        foreach (var response in responses)
        {
            var sizes = await response.Request.SizesAsync();
            total += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }

        return total;
    }

    private Task AssertScreenAsync(IPage page, string name) => PhoneAudit.AssertScreenAsync(site, page, name);
}
