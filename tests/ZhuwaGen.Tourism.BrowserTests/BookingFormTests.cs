using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ZhuwaGen.Tourism.BrowserTests;

/// <summary>
/// A visitor on a 390×844 phone books two nights at the sample Sangjiu Courtyard from its stay page, in Chinese, and
/// sees the reference; the form page passes axe with nothing serious or critical. With and without JavaScript: the
/// form is a plain POST either way.
/// </summary>
public sealed class BookingFormTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData(true, 200)]
    [InlineData(false, 205)]
    public async Task A_visitor_books_two_nights_from_the_stay_page_in_chinese_and_sees_the_reference(bool javaScript, int fromToday)
    {
        await using var context = await site.PhoneAsync("zh-CN", javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/stays/sangjiu-courtyard/");

        var checkIn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday);
        await page.Locator("#f-checkIn").FillAsync(Iso(checkIn));
        await page.Locator("#f-checkOut").FillAsync(Iso(checkIn.AddDays(2)));
        await page.GetByRole(AriaRole.Combobox, new() { Name = "房型" }).SelectOptionAsync(new SelectOptionValue { Label = "标准间 / Standard twin · 280 元/晚" });
        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "人数" }).FillAsync("2");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "姓名" }).FillAsync("卓玛");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "手机号" }).FillAsync("13800000000");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "电子邮箱（用于接收确认）" }).FillAsync("zhuoma@example.org");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "我同意本镇与民宿/活动组织者为处理本次预订使用我的姓名和联系方式。" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "申请预订" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/booking/received\\?t="));
        Assert.Equal("已收到您的申请", await page.Locator("h1").InnerTextAsync());
        Assert.Matches("^ZG-[2-9A-HJ-NP-Y]{6}$", await page.Locator(".reference-code").InnerTextAsync());
        Assert.Contains("2 晚", await page.Locator(".facts-list").InnerTextAsync());
        Assert.Contains("到店付款", await page.Locator(".received-notes").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Shot($"booking-received-{(javaScript ? "js" : "nojs")}.png"), FullPage = true });
    }

    [Fact]
    public async Task A_refused_post_shows_each_fields_message_in_chinese_and_keeps_what_was_typed()
    {
        await using var context = await site.PhoneAsync("zh-CN", javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/stays/sangjiu-courtyard/");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "姓名" }).FillAsync("卓玛");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "手机号" }).FillAsync("电话");
        await page.GetByRole(AriaRole.Button, new() { Name = "申请预订" }).ClickAsync();

        await page.WaitForSelectorAsync(".form-errors");
        Assert.Equal("请填写有效的电话号码（手机号）", await page.Locator("#f-phone-error").InnerTextAsync());
        Assert.Equal("请填写入住日期", await page.Locator("#f-checkIn-error").InnerTextAsync());
        Assert.Equal("卓玛", await page.GetByRole(AriaRole.Textbox, new() { Name = "姓名" }).InputValueAsync());
        await page.ScreenshotAsync(new() { Path = Shot("booking-refused.png"), FullPage = true });
    }

    [Theory]
    [InlineData("/stays/sangjiu-courtyard/")]
    [InlineData("/bo/stays/sangjiu-courtyard/")]
    [InlineData("/sangjiu-baga/xueni-agritourism-park/orchard-picking/")]
    public async Task The_form_page_passes_axe_with_nothing_serious(string path)
    {
        await using var context = await site.PhoneAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        // The page after a refused post too: messages, aria-invalid and the summary must pass as well.
        await page.Locator("#booking-form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync(".form-errors");

        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shot(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "zhuwagen-booking-shots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
