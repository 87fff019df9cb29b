using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Entries;

namespace ZhuwaGen.Tourism.BrowserTests.Backoffice;

/// <summary>
/// An editor on a 390×844 touch phone in Chinese builds onto the Enquiry form without a developer: from the home screen
/// to the forms, the Enquiry form, a new required number field "人数" added and saved, and the Forms API's definition
/// of the form has it at once. Every forms screen on the way (and the entries, a field in English with its missing
/// marks, the remove confirmation) passes the touch-target audit and axe and never scrolls sideways.
/// </summary>
public sealed class FormsPhoneTests(BackofficeBrowserSite site) : IClassFixture<BackofficeBrowserSite>
{
    private const string Enquiry = "7946659b-a6f7-513e-95d3-a0fcd9c874b6";
    private const string GuesthouseStay = "8f13dc4a-db00-5430-99a1-c789297df04d";

    [Fact]
    public async Task An_editor_adds_a_required_number_field_to_the_enquiry_form_and_the_forms_api_has_it()
    {
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.Editor);
        await using var _ = context;

        await page.Locator("a[href='/umbraco/forms']").TapAsync();
        await page.WaitForURLAsync(new Regex("/umbraco/forms$"));
        await AssertScreenAsync(page, "80-forms");
        await page.Locator($"a.card-link[href='/umbraco/forms/{Enquiry}']").TapAsync();
        await page.WaitForURLAsync(new Regex($"/umbraco/forms/{Enquiry}$"));
        await AssertScreenAsync(page, "81-form-enquiry");

        await page.GetByLabel("添加字段：选类型").SelectOptionAsync("number");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加字段" }).TapAsync();
        await page.WaitForURLAsync(new Regex("/fields/new\\?"));
        await page.GetByLabel("标题").FillAsync("人数");
        await page.GetByText("必填", new() { Exact = true }).TapAsync();
        await page.GetByLabel("最小值").FillAsync("1");
        await page.GetByLabel("最大值").FillAsync("50");
        await AssertScreenAsync(page, "82-new-field");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加到表单" }).TapAsync();
        await page.WaitForURLAsync(new Regex("done=added"));

        Assert.Contains("字段已添加", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        var card = NewCard(page);
        Assert.Contains("renShu", await card.InnerTextAsync());
        Assert.Contains("必填", await card.InnerTextAsync());
        await AssertScreenAsync(page, "83-form-with-field");

        // The Forms API serves the new definition at once, in Chinese: the field, required, with its bounds.
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var definition = JsonDocument.Parse(await http.GetStringAsync($"/umbraco/forms/delivery/api/v1/definitions/{Enquiry}?culture=zh-Hans")).RootElement;
        var field = definition.GetProperty("pages").EnumerateArray().SelectMany(p => p.GetProperty("fieldsets").EnumerateArray())
            .SelectMany(s => s.GetProperty("columns").EnumerateArray()).SelectMany(c => c.GetProperty("fields").EnumerateArray())
            .Single(f => f.GetProperty("alias").GetString() == "renShu");
        Assert.Equal("人数", field.GetProperty("caption").GetString());
        Assert.True(field.GetProperty("required").GetBoolean());

        // The new field in English: its caption is marked missing there, and the switch says so.
        await card.Locator("a", new() { HasText = "编辑" }).TapAsync();
        await page.WaitForURLAsync(new Regex("/fields/[0-9a-f-]{36}"));
        await page.Locator("nav.cultures a", new() { HasText = "英文" }).TapAsync();
        await page.WaitForURLAsync(new Regex("culture=en"));
        Assert.Equal(1, await page.Locator("label[for=f-caption] .missing").CountAsync());
        await AssertScreenAsync(page, "84-field-english");

        // A pattern that is no regular expression: refused, the reason beside the input, what was typed kept.
        await page.GotoAsync($"/umbraco/forms/{Enquiry}");
        await page.Locator(".field-card", new() { Has = page.Locator(".card-title", new() { HasTextRegex = new Regex("^手机号$") }) }).Locator("a", new() { HasText = "编辑" }).TapAsync();
        await page.GetByLabel("格式（正则表达式）").FillAsync("([");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存字段" }).TapAsync();
        Assert.Contains("这不是有效的正则表达式", await page.Locator("#e-pattern").InnerTextAsync());
        Assert.Equal("([", await page.GetByLabel("格式（正则表达式）").InputValueAsync());
        await AssertScreenAsync(page, "88-field-refused");

        // A booking form: its booking fields say why they keep their alias and have no remove button.
        await page.GotoAsync($"/umbraco/forms/{GuesthouseStay}");
        Assert.Contains("预订字段", await page.Locator(".field-card").First.InnerTextAsync());
        await AssertScreenAsync(page, "89-booking-form");

        await page.GotoAsync($"/umbraco/forms/{Enquiry}");
        await NewCard(page).Locator("a", new() { HasText = "删除" }).TapAsync();
        await page.WaitForURLAsync(new Regex("/remove"));
        await AssertScreenAsync(page, "85-remove-field");

        // Two visitors' enquiries, the newest approved from its card.
        await SubmitAsync("卓玛", "group", "12");
        await SubmitAsync("Tenzin", "general", "2");
        await page.GotoAsync($"/umbraco/forms/{Enquiry}/entries");
        await AssertScreenAsync(page, "86-entries");
        var newest = page.Locator("li.entry").First;
        Assert.Contains("Tenzin", await newest.InnerTextAsync());
        await newest.GetByRole(AriaRole.Button, new() { Name = "通过" }).TapAsync();
        await page.WaitForURLAsync(new Regex("done=approved"));
        Assert.Contains("已通过", await page.Locator("li.entry").First.InnerTextAsync());
        await AssertScreenAsync(page, "87-entries-approved");
    }

    private async Task SubmitAsync(string name, string topic, string people)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<FormRegistry>();
        var values = new Dictionary<string, string[]>
        {
            ["name"] = [name],
            ["email"] = ["visitor@example.org"],
            ["topic"] = [topic],
            ["groupSize"] = [people],
            ["renShu"] = [people],
            ["message"] = ["八月想带学生来研学，请问可以安排吗？"],
            ["consent"] = ["on"],
        };
        var outcome = await scope.ServiceProvider.GetRequiredService<EntryService>().SubmitAsync(
            Guid.Parse(Enquiry), new EntrySubmission(values, null, "zh-Hans", new Dictionary<string, string>(), null),
            new FormMessages(registry.Current, "zh-Hans", "zh-Hans"), CancellationToken.None);
        Assert.True(outcome.Status == SubmitStatus.Accepted, string.Join("; ", outcome.Errors.Select(e => $"{e.Key}: {string.Join(",", e.Value)}")));
    }

    // The Enquiry form has "团体人数" too: the new field's card is the one whose caption is exactly 人数.
    private static ILocator NewCard(IPage page) =>
        page.Locator(".field-card", new() { Has = page.Locator(".card-title", new() { HasTextRegex = new Regex("^人数") }) });

    private async Task AssertScreenAsync(IPage page, string name)
    {
        await PhoneAudit.AssertScreenAsync(site, page, name);
        var sideways = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(sideways, $"{name} scrolls sideways");
    }
}
