using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.BrowserTests.Backoffice;

/// <summary>
/// Review, preview, a weak signal and a conflicting edit, on a 390×844 touch phone in Chromium: a writer's new story
/// in Chinese and English goes through review to the live site; a save made with the network off arrives when it
/// comes back; a second session's newer save shows both versions; a shared preview link stops after revocation.
/// </summary>
public sealed class ReviewPhoneTests(BackofficeBrowserSite site) : IClassFixture<BackofficeBrowserSite>
{
    [Fact]
    public async Task A_writers_new_story_goes_through_review_to_the_live_site()
    {
        var (writerContext, writer) = await site.SignedInPhoneAsync(UserRoles.Writer, ui: "en");
        await using var _ = writerContext;
        await writer.GotoAsync("/umbraco/stories");
        await writer.GetByRole(AriaRole.Link, new() { Name = "New", Exact = true }).TapAsync();
        await writer.Locator("#f-name").FillAsync("扎拉村合作社的新茶季");
        await writer.Locator("#f-body").FillAsync("合作社今年第一次把村里的野生茶做成了礼盒。");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).TapAsync();
        await writer.WaitForURLAsync(new Regex("done=save"));
        await writer.Locator("nav.cultures").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^English") }).TapAsync();
        await writer.WaitForURLAsync(new Regex("culture=en"));
        await writer.Locator("#f-name").FillAsync("New tea season at the Zhala cooperative");
        await writer.Locator("#f-body").FillAsync("For the first time the cooperative boxed the village's wild tea as gifts.");
        await writer.GetByLabel("Note for the reviewer (optional)").FillAsync("Photos follow tomorrow");
        await PhoneAudit.AssertScreenAsync(site, writer, "30-writer-submit");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).TapAsync();
        await writer.WaitForURLAsync(new Regex("done=submit"));
        Assert.Contains("Submitted for review", await writer.Locator("p.notice[role=status]").InnerTextAsync());
        Assert.Equal(0, await writer.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Publish|Approve") }).CountAsync());

        var (editorContext, editor) = await site.SignedInPhoneAsync(UserRoles.Editor, ui: "en");
        await using var __ = editorContext;
        await editor.GotoAsync("/umbraco");
        var waiting = editor.Locator("#reviews-heading + ul a.card", new() { HasText = "扎拉村合作社的新茶季" });
        await PhoneAudit.AssertScreenAsync(site, editor, "31-home-waiting-for-review");
        await waiting.TapAsync();
        await editor.WaitForURLAsync(new Regex("/umbraco/content/"));
        Assert.Contains("Photos follow tomorrow", await editor.Locator("section.review").InnerTextAsync());
        await PhoneAudit.AssertScreenAsync(site, editor, "32-edit-review-panel");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Approve and publish every language" }).TapAsync();
        await editor.WaitForURLAsync(new Regex("done=approve"));

        var visitor = await editorContext.NewPageAsync();
        await WaitForAsync(visitor, "/en/stories/", "New tea season at the Zhala cooperative");
        await WaitForAsync(visitor, "/stories/", "扎拉村合作社的新茶季");
        await writer.GotoAsync("/umbraco");
        Assert.Contains("Approved and published", await writer.Locator("#reviews-heading + ul").InnerTextAsync());
    }

    [Fact]
    public async Task An_edit_saved_with_the_network_off_arrives_when_it_comes_back()
    {
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.Editor, ui: "en");
        await using var _ = context;
        await page.GotoAsync(await XueniAsync(page, "zh-Hans"));
        var key = Guid.Parse(new Uri(page.Url).AbsolutePath[^36..]);

        await context.SetOfflineAsync(true);
        await page.GetByLabel("Opening hours").FillAsync("山上没有信号时写的开放时间");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).TapAsync();
        await Assertions.Expect(page.Locator("#offline-status")).ToContainTextAsync("No signal");
        await PhoneAudit.AssertScreenAsync(site, page, "33-saved-offline");
        Assert.NotEqual("山上没有信号时写的开放时间", await DraftHoursAsync(key));

        await context.SetOfflineAsync(false);
        await page.WaitForURLAsync(new Regex("done=save"));

        Assert.Equal("山上没有信号时写的开放时间", await DraftHoursAsync(key));
        Assert.Equal("山上没有信号时写的开放时间", await page.GetByLabel("Opening hours").InputValueAsync());
    }

    [Fact]
    public async Task A_newer_save_from_a_second_session_shows_both_versions_and_the_editor_chooses()
    {
        var (firstContext, first) = await site.SignedInPhoneAsync(UserRoles.Editor);
        await using var _ = firstContext;
        var (secondContext, second) = await site.SignedInPhoneAsync(UserRoles.Writer);
        await using var __ = secondContext;
        var edit = await XueniAsync(first, "zh-Hans");
        await first.GotoAsync(edit);
        await second.GotoAsync(edit);

        await second.GetByLabel("开放时间").FillAsync("第二个人保存的时间");
        await second.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).TapAsync();
        await second.WaitForURLAsync(new Regex("done=save"));
        await first.GetByLabel("开放时间").FillAsync("我在手机上写的时间");
        await first.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).TapAsync();
        await Assertions.Expect(first.Locator(".conflicts")).ToBeVisibleAsync();

        Assert.Contains("第二个人保存的时间", await first.Locator(".conflict-theirs").First.InnerTextAsync());
        Assert.Contains("我在手机上写的时间", await first.Locator(".conflict-mine").First.InnerTextAsync());
        Assert.Equal("我在手机上写的时间", await first.GetByLabel("开放时间").InputValueAsync());
        await PhoneAudit.AssertScreenAsync(site, first, "34-conflict-both-versions");
        await first.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).TapAsync();
        await first.WaitForURLAsync(new Regex("done=save"));
        Assert.Equal("我在手机上写的时间", await first.GetByLabel("开放时间").InputValueAsync());
    }

    [Fact]
    public async Task A_preview_link_opens_the_draft_for_the_township_lead_until_it_is_revoked()
    {
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.Editor);
        await using var _ = context;
        await page.GotoAsync(await XueniAsync(page, "zh-Hans"));
        await page.GetByLabel("开放时间").FillAsync("预览里才有的开放时间");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).TapAsync();
        await page.WaitForURLAsync(new Regex("done=save"));

        await page.GetByRole(AriaRole.Link, new() { Name = "预览", Exact = true }).TapAsync();
        await page.WaitForURLAsync(new Regex("/preview"));
        Assert.Contains("预览里才有的开放时间", await page.ContentAsync());
        await site.ShotAsync(page, "35-preview");
        await AssertNoSeriousAxeViolationAsync(page, "35-preview");
        await page.GoBackAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "生成预览链接" }).TapAsync();
        await page.WaitForURLAsync(new Regex("done=previewLink"));
        await PhoneAudit.AssertScreenAsync(site, page, "36-share-preview-link");
        var link = await page.Locator(".shared-link input[type=url]").First.InputValueAsync();

        await using var lead = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var leadPage = await lead.NewPageAsync();
        await leadPage.GotoAsync(link);
        Assert.Contains("预览里才有的开放时间", await leadPage.ContentAsync());
        Assert.Contains("预览（editor user 分享", await leadPage.Locator(".preview-note").InnerTextAsync());
        await site.ShotAsync(leadPage, "37-shared-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "撤销这个链接" }).TapAsync();
        await page.WaitForURLAsync(new Regex("done=revoke"));
        var gone = await leadPage.GotoAsync(link);

        Assert.Equal(410, gone!.Status);
        Assert.Contains("预览链接已撤销", await leadPage.ContentAsync());
        await site.ShotAsync(leadPage, "38-revoked-preview");
    }

    [Fact]
    public async Task Sending_back_without_a_comment_shows_the_reason_next_to_the_comment()
    {
        var (writerContext, writer) = await site.SignedInPhoneAsync(UserRoles.Writer);
        await using var _ = writerContext;
        await writer.GotoAsync(await XueniAsync(writer, "zh-Hans"));
        await writer.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).TapAsync();
        await writer.WaitForURLAsync(new Regex("done=submit"));

        var (editorContext, editor) = await site.SignedInPhoneAsync(UserRoles.Editor);
        await using var __ = editorContext;
        await editor.GotoAsync(await XueniAsync(editor, "zh-Hans"));
        await editor.GetByRole(AriaRole.Button, new() { Name = "退回修改" }).TapAsync();

        await Assertions.Expect(editor.Locator("#review-comment-error")).ToHaveTextAsync("退回时请写明需要修改的地方。");
        await PhoneAudit.AssertScreenAsync(site, editor, "39-send-back-needs-comment");
        await editor.GetByLabel("给作者的意见").FillAsync("开放时间请再和园区核对一次");
        await editor.GetByRole(AriaRole.Button, new() { Name = "退回修改" }).TapAsync();
        await editor.WaitForURLAsync(new Regex("done=sendBack"));

        await writer.GotoAsync(await XueniAsync(writer, "zh-Hans"));
        Assert.Contains("开放时间请再和园区核对一次", await writer.Locator("section.review").InnerTextAsync());
        await PhoneAudit.AssertScreenAsync(site, writer, "40-writer-sent-back");
    }

    private static async Task<string> XueniAsync(IPage page, string culture)
    {
        await page.GotoAsync("/umbraco/stops?q=Xueni");
        return await page.Locator("a.card").First.GetAttributeAsync("href") + "?culture=" + culture;
    }

    private async Task<string?> DraftHoursAsync(Guid key)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var document = await scope.ServiceProvider.GetRequiredService<DocumentQueries>().GetAsync(key, CancellationToken.None);
        return document?.Draft.GetValue("openingHours", "zh-Hans")?.ToString();
    }

    private static async Task WaitForAsync(IPage page, string path, string text)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await page.GotoAsync(path);
            if ((await page.ContentAsync()).Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{path} never showed \"{text}\"");
    }

    private static async Task AssertNoSeriousAxeViolationAsync(IPage page, string name)
    {
        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id).ToList();
        Assert.True(serious.Count == 0, $"{name}: {string.Join(", ", serious)}");
    }
}
