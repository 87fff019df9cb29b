using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.BrowserTests.Backoffice;

/// <summary>
/// Pickers on a 390×844 touch phone: an event's venue chosen by searching a stop's Chinese title (replacing the seeded one), a photo chosen from
/// the library by name and its focal point set with a tap; the picker screens pass the touch-target audit and axe.
/// </summary>
public sealed class PickerPhoneTests(BackofficeBrowserSite site) : IClassFixture<BackofficeBrowserSite>
{
    private const string PhotoName = "扎拉村果园 orchard";

    [Fact]
    public async Task A_venue_and_a_photo_are_picked_by_title_and_name_on_the_phone()
    {
        await UploadAsync();
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.Editor);
        await using var _ = context;
        await page.GotoAsync("/umbraco/events");
        await page.Locator("a.card").First.TapAsync();
        await page.WaitForURLAsync(new Regex("/umbraco/content/[0-9a-f-]{36}"));
        var edit = page.Url;

        await page.Locator("button[value='pick:venue']").TapAsync();
        await page.WaitForURLAsync(new Regex("/pick/venue"));
        await page.GetByLabel("按标题搜索").FillAsync("雄久");
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索" }).TapAsync();
        await page.WaitForURLAsync(new Regex("q="));
        await PhoneAudit.AssertScreenAsync(site, page, "20-picker-venue");
        await page.Locator("button.pick-card", new() { HasText = "雄久村和美宜居乡村" }).TapAsync();
        await page.WaitForURLAsync(new Regex("done=pick"));
        Assert.Contains("雄久村和美宜居乡村", await page.Locator("#f-venue").InnerTextAsync());

        await page.Locator("button[value='pick:photos']").TapAsync();
        await page.WaitForURLAsync(new Regex("/pick/photos"));
        await page.GetByLabel("按名称搜索照片").FillAsync("orchard");
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索" }).TapAsync();
        await page.WaitForURLAsync(new Regex("q="));
        await PhoneAudit.AssertScreenAsync(site, page, "21-picker-photo");
        await page.Locator("button.pick-card", new() { HasText = PhotoName }).TapAsync();
        await page.WaitForURLAsync(new Regex("done=pick"));

        // A tap on the photo fills in the focal point (the module); the numbers are still there to type.
        var image = page.Locator("#f-photos .focal-image img").Last;
        var box = (await image.BoundingBoxAsync())!;
        await page.Touchscreen.TapAsync(box.X + (box.Width * 0.25f), box.Y + (box.Height * 0.75f));
        var left = page.Locator("#f-photos input[name$='.left']").Last;
        var top = page.Locator("#f-photos input[name$='.top']").Last;
        Assert.InRange(double.Parse(await left.InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture), 20, 30);
        Assert.InRange(double.Parse(await top.InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture), 70, 80);
        await page.Locator("#f-photos").ScrollIntoViewIfNeededAsync();
        await PhoneAudit.AssertScreenAsync(site, page, "22-edit-picks");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).Last.TapAsync();
        await page.WaitForURLAsync(new Regex("done=save"));

        Assert.StartsWith(edit.Split('?')[0], page.Url);
        Assert.Contains("雄久村和美宜居乡村", await page.Locator("#f-venue").InnerTextAsync());
        Assert.Contains(PhotoName, await page.Locator("#f-photos").InnerTextAsync());
        Assert.NotEqual(string.Empty, await page.Locator("#f-photos input[name$='.left']").Last.InputValueAsync());
    }

    [Fact]
    public async Task Blocks_and_the_markdown_preview_pass_the_audit_on_the_phone()
    {
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.Editor, "en");
        await using var _ = context;
        await page.GotoAsync("/umbraco/stays");
        await page.Locator("a.card").First.TapAsync();
        await page.WaitForURLAsync(new Regex("/umbraco/content/"));
        await page.Locator("button[value^='add:roomTypes:']").TapAsync();
        await page.Locator("#f-roomTypes section.block").Last.ScrollIntoViewIfNeededAsync();
        Assert.Contains("not saved yet", await page.Locator(".notice.unsaved").InnerTextAsync());
        await PhoneAudit.AssertScreenAsync(site, page, "23-edit-blocks");

        await page.Locator("button[value='preview:body']").TapAsync();
        await page.Locator(".md-preview").ScrollIntoViewIfNeededAsync();
        await PhoneAudit.AssertScreenAsync(site, page, "24-markdown-preview");
    }

    private async Task UploadAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        using var image = new Image<Rgba32>(640, 480, new Rgba32(190, 90, 40));
        using var png = new MemoryStream();
        await image.SaveAsPngAsync(png);
        png.Position = 0;
        var library = scope.ServiceProvider.GetRequiredService<MediaLibraryService>();
        var result = await library.UploadAsync(new MediaUpload("orchard.png", png, Name: PhotoName), "test", CancellationToken.None);
        Assert.True(result.Succeeded, result.Status.ToString());

        // The library the picker reads is rebuilt from the change log after the upload's commit.
        var cache = scope.ServiceProvider.GetRequiredService<PublishedMediaCache>();
        for (var i = 0; i < 100 && cache.Get(result.Media!.Key) is null; i++)
        {
            await Task.Delay(100);
        }
    }
}
