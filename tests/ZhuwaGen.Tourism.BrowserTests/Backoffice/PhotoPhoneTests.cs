using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.BrowserTests.Backoffice;

/// <summary>
/// Photos from the phone on a 390×844 touch phone: two 4000×3000 camera photos (GPS, one turned by its orientation tag)
/// are shrunk, turned upright and stripped of GPS in the browser before they are sent in chunks with a progress bar
/// each; a text file is refused without a request; a photo taken on a media picker is picked for the field. The
/// photos, upload, folder, photo and picker screens pass the touch-target audit and axe.
/// </summary>
public sealed class PhotoPhoneTests(BackofficeBrowserSite site) : IClassFixture<BackofficeBrowserSite>
{
    [Fact]
    public async Task Camera_photos_are_shrunk_upright_and_without_gps_before_they_are_sent()
    {
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.Editor);
        await using var _ = context;
        var sent = new List<(string Method, string Url)>();
        var offsets = new List<(string Url, long Offset)>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/umbraco/photos/uploads", StringComparison.Ordinal))
            {
                lock (sent)
                {
                    sent.Add((request.Method, request.Url));
                }
            }
        };

        // A chunk's body is a Blob, which Playwright does not show, so what arrived is read from the server's answers:
        // the offset after each chunk.
        page.Response += (_, response) =>
        {
            if (response.Request.Method == "PUT" && response.Headers.TryGetValue("upload-offset", out var offset))
            {
                lock (offsets)
                {
                    offsets.Add((response.Url, long.Parse(offset, System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        };

        await page.GotoAsync("/umbraco/photos");
        await PhoneAudit.AssertScreenAsync(site, page, "30-photos");

        // A folder first, so the photos go into it.
        await page.GetByLabel("文件夹名称").FillAsync("村口 Village gate");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建" }).TapAsync();
        await page.WaitForURLAsync(new Regex("done=folder"));
        await PhoneAudit.AssertScreenAsync(site, page, "31-photos-folder");

        var camera = page.Locator("#upload input[capture]");
        await camera.SetInputFilesAsync(new FilePayload { Name = "gate-turned.jpg", MimeType = "image/jpeg", Buffer = CameraJpeg(4000, 3000, orientation: 6) });
        await camera.SetInputFilesAsync(new FilePayload { Name = "gate-level.jpg", MimeType = "image/jpeg", Buffer = CameraJpeg(4000, 3000, orientation: 1) });
        var cards = page.Locator(".upload-item");
        await Assertions.Expect(cards).ToHaveCountAsync(2);
        await Assertions.Expect(cards.Filter(new() { HasText = "已上传" })).ToHaveCountAsync(2, new() { Timeout = 60_000 });
        Assert.Equal(2, await page.Locator(".upload-item progress[value='100']").CountAsync());
        await PhoneAudit.AssertScreenAsync(site, page, "32-photos-uploaded");

        // What went over the wire was the shrunk photo, in chunks of at most 256 KB.
        foreach (var session in offsets.GroupBy(o => o.Url.Split('?')[0]))
        {
            var ends = session.Select(o => o.Offset).Order().Prepend(0).ToList();
            Assert.InRange(ends[^1], 1, 600 * 1024);
            Assert.All(ends.Zip(ends.Skip(1), (a, b) => b - a), chunk => Assert.InRange(chunk, 1, 256 * 1024));
        }

        Assert.Equal(2, offsets.Select(o => o.Url.Split('?')[0]).Distinct().Count());

        var turned = await StoredAsync("gate-turned.jpg");
        var level = await StoredAsync("gate-level.jpg");
        foreach (var (bytes, info) in new[] { turned, level })
        {
            Assert.InRange(Math.Max(info.Width, info.Height), 1, 2048);
            Assert.InRange(bytes.Length, 1, 600 * 1024);
            Assert.Null(info.Metadata.ExifProfile?.GetValue(ExifTag.GPSLatitude));
        }

        // Orientation 6 is a portrait photo stored sideways: it arrives upright, taller than wide.
        Assert.Equal((1536, 2048), (turned.Info.Width, turned.Info.Height));
        Assert.Equal((2048, 1536), (level.Info.Width, level.Info.Height));

        // A text file is refused by the module before anything is sent.
        var before = sent.Count;
        await page.Locator("#upload input[multiple]").SetInputFilesAsync(new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = "不是照片"u8.ToArray() });
        await Assertions.Expect(page.Locator(".upload-item.refused")).ToContainTextAsync("「notes.txt」不是照片");
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(before, sent.Count);

        // The photo's own screen: alt text per language, a focal point by a tap, where it is used.
        await page.Locator(".upload-item a", new() { HasText = "打开照片" }).First.TapAsync();
        await page.WaitForURLAsync(new Regex("/umbraco/photos/[0-9a-f-]{36}"));
        await page.GetByLabel("英文").FillAsync("The village gate at Xueni");
        var image = page.Locator(".photo-preview img");
        var box = (await image.BoundingBoxAsync())!;
        await page.Touchscreen.TapAsync(box.X + (box.Width * 0.5f), box.Y + (box.Height * 0.25f));
        await PhoneAudit.AssertScreenAsync(site, page, "33-photo");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).TapAsync();
        await page.WaitForURLAsync(new Regex("done=save"));
        Assert.Equal("The village gate at Xueni", await page.GetByLabel("英文").InputValueAsync());
        Assert.InRange(double.Parse(await page.Locator("#photo-focal-top").InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture), 20, 30);
    }

    [Fact]
    public async Task A_photo_taken_on_the_media_picker_is_picked_for_the_field()
    {
        var (context, page) = await site.SignedInPhoneAsync(UserRoles.Editor);
        await using var _ = context;
        await page.GotoAsync("/umbraco/stops?q=Xueni");
        await page.Locator("a.card").First.TapAsync();
        await page.WaitForURLAsync(new Regex("/umbraco/content/[0-9a-f-]{36}"));
        await page.Locator("button[value='pick:photos']").TapAsync();
        await page.WaitForURLAsync(new Regex("/pick/photos"));
        await PhoneAudit.AssertScreenAsync(site, page, "34-picker-upload");

        await page.Locator("#upload input[capture]").SetInputFilesAsync(
            new FilePayload { Name = "xueni-orchard.jpg", MimeType = "image/jpeg", Buffer = CameraJpeg(3000, 4000, orientation: 1) });
        await page.WaitForURLAsync(new Regex("done=pick"), new() { Timeout = 60_000 });

        Assert.Contains("xueni-orchard.jpg", await page.Locator("#f-photos").InnerTextAsync());
    }

    [Fact]
    public async Task Without_script_the_form_uploads_the_chosen_photos()
    {
        var (signedIn, _) = await site.SignedInPhoneAsync(UserRoles.Writer);
        var state = await signedIn.StorageStateAsync();
        await signedIn.DisposeAsync();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "zh-CN",
            JavaScriptEnabled = false,
            BaseURL = site.BaseUrl,
            StorageState = state,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/umbraco/photos");
        // Only the screenshot: the audit and axe are scripts, which this page does not run.
        await site.ShotAsync(page, "35-photos-no-script");

        await page.Locator("#upload input[multiple]").SetInputFilesAsync(
        [
            new FilePayload { Name = "river-1.jpg", MimeType = "image/jpeg", Buffer = CameraJpeg(1200, 900, orientation: 1) },
            new FilePayload { Name = "river-2.jpg", MimeType = "image/jpeg", Buffer = CameraJpeg(900, 1200, orientation: 1) },
        ]);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传" }).TapAsync();
        await page.WaitForURLAsync(new Regex("done=upload"));

        Assert.Contains("已上传 2 张照片。", await page.Locator(".notice").InnerTextAsync());
        Assert.Equal(2, await page.Locator("a.card.photo", new() { HasText = "river-" }).CountAsync());
        Assert.Null((await StoredAsync("river-1.jpg")).Info.Metadata.ExifProfile?.GetValue(ExifTag.GPSLatitude));
    }

    private async Task<(byte[] Bytes, IImageInfo Info)> StoredAsync(string name)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var media = scope.ServiceProvider.GetRequiredService<PublishedMediaCache>();
        PublishedMedia? found = null;
        for (var i = 0; i < 100 && (found = Find(media.Current, null)) is null; i++)
        {
            await Task.Delay(100);
        }

        Assert.NotNull(found);
        var file = scope.ServiceProvider.GetRequiredService<MediaFileStore>().Resolve(found.Url!["/media/".Length..])!;
        var bytes = await File.ReadAllBytesAsync(file);
        return (bytes, Image.Identify(bytes));

        PublishedMedia? Find(MediaSnapshot snapshot, Guid? parent) =>
            snapshot.ChildrenOf(parent).Select(m => m.Name == name ? m : Find(snapshot, m.Key)).FirstOrDefault(m => m is not null);
    }

    // A camera photo with varied pixels (so it does not shrink to nothing), GPS, and an orientation tag.
    private static byte[] CameraJpeg(int width, int height, ushort orientation)
    {
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgb24((byte)(x / 16), (byte)(y / 12), (byte)((x * y) % 251));
                }
            }
        });
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Orientation, orientation);
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(28, 1), new Rational(40, 1), new Rational(0, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(97, 1), new Rational(28, 1), new Rational(0, 1)]);
        image.Metadata.ExifProfile = exif;
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 85 });
        return output.ToArray();
    }
}
