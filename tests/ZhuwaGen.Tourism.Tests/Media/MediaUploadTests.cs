using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Media;

public sealed class MediaUploadTests
{
    [Theory, BothProviders]
    public async Task Upload_stores_jpeg_png_and_webp_with_their_sniffed_format_and_size(DatabaseProvider provider)
    {
        await using var host = await MediaTestHost.StartAsync(provider);

        var jpeg = await host.UploadOkAsync(TestImages.Jpeg(320, 240), "Sangjiu Red Station.JPG");
        var png = await host.UploadOkAsync(TestImages.Png(200, 100), "map.png");
        var webp = await host.UploadOkAsync(TestImages.Webp(64, 48), "桑久.webp");

        Assert.Equal(("jpg", 320, 240), (jpeg.Extension, jpeg.Width!.Value, jpeg.Height!.Value));
        Assert.Matches("^/media/[a-z0-9]{8}/sangjiu-red-station\\.jpg$", jpeg.Url);
        Assert.Equal("Sangjiu Red Station.JPG", jpeg.Name);
        Assert.Equal(("png", 200, 100), (png.Extension, png.Width!.Value, png.Height!.Value));
        Assert.Equal(("webp", 64, 48), (webp.Extension, webp.Width!.Value, webp.Height!.Value));
        Assert.EndsWith("/image.webp", webp.Url);
        Assert.IsType<JpegFormat>(TestImages.FormatOf(File.ReadAllBytes(host.FileOf(jpeg))));
        Assert.IsType<PngFormat>(TestImages.FormatOf(File.ReadAllBytes(host.FileOf(png))));
        Assert.IsType<WebpFormat>(TestImages.FormatOf(File.ReadAllBytes(host.FileOf(webp))));
        Assert.Equal(new FileInfo(host.FileOf(png)).Length, png.Bytes);
        Assert.Equal(3, (await host.RowsAsync()).Count);
        Assert.Equal(MediaTypes.Image, host.Source.Get(jpeg.Key)!.MediaTypeAlias);
    }

    [Theory, BothProviders]
    public async Task Upload_refuses_a_text_file_named_jpg_and_leaves_no_row_and_no_file(DatabaseProvider provider)
    {
        await using var host = await MediaTestHost.StartAsync(provider);

        var result = await host.UploadAsync("just some text, not a photo"u8.ToArray(), "photo.jpg");

        Assert.Equal(MediaOperationStatus.UnsupportedFileType, result.Status);
        Assert.Empty(await host.RowsAsync());
        Assert.Empty(host.StoredFiles());
        Assert.Empty(await host.LoggedChangesAsync());
    }

    [Theory, BothProviders]
    public async Task Upload_refuses_a_file_with_image_magic_bytes_that_is_not_an_image(DatabaseProvider provider)
    {
        await using var host = await MediaTestHost.StartAsync(provider);

        var result = await host.UploadAsync([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5], "broken.jpg");

        Assert.Equal(MediaOperationStatus.InvalidImage, result.Status);
        Assert.Empty(await host.RowsAsync());
        Assert.Empty(host.StoredFiles());
    }

    [Theory, BothProviders]
    public async Task Upload_refuses_a_file_over_the_size_limit(DatabaseProvider provider)
    {
        await using var host = await MediaTestHost.StartAsync(provider, s => s["Cms:Media:MaxUploadBytes"] = "2000");
        var large = TestImages.Png(300, 300);
        var noisy = large.Concat(new byte[3000]).ToArray();

        var result = await host.UploadAsync(noisy, "large.png");

        Assert.Equal(MediaOperationStatus.FileTooLarge, result.Status);
        Assert.Empty(await host.RowsAsync());
        Assert.Empty(host.StoredFiles());
    }

    [Fact]
    public async Task Upload_scales_a_5000px_photo_down_to_the_maximum_long_edge()
    {
        await using var host = await MediaTestHost.StartAsync(DatabaseProvider.Sqlite);

        var media = await host.UploadOkAsync(TestImages.Jpeg(5000, 2500), "panorama.jpg");

        Assert.Equal((2560, 1280), (media.Width!.Value, media.Height!.Value));
        using var stored = TestImages.Decode(File.ReadAllBytes(host.FileOf(media)));
        Assert.Equal((2560, 1280), (stored.Width, stored.Height));
    }

    [Fact]
    public async Task Upload_respects_a_configured_maximum_long_edge()
    {
        await using var host = await MediaTestHost.StartAsync(DatabaseProvider.Sqlite, s => s["Cms:Media:MaxLongEdge"] = "100");

        var media = await host.UploadOkAsync(TestImages.Png(150, 400), "tall.png");

        Assert.Equal((38, 100), (media.Width!.Value, media.Height!.Value));
    }

    [Fact]
    public async Task Upload_strips_gps_metadata_and_applies_the_exif_orientation()
    {
        await using var host = await MediaTestHost.StartAsync(DatabaseProvider.Sqlite);
        var photo = TestImages.Jpeg(400, 200, exif =>
        {
            TestImages.AddGps(exif);
            exif.SetValue(ExifTag.Orientation, (ushort)6);
        });
        using (var original = TestImages.Decode(photo))
        {
            Assert.NotNull(original.Metadata.ExifProfile!.GetValue(ExifTag.GPSLatitude));
        }

        var media = await host.UploadOkAsync(photo, "phone.jpg");

        using var stored = TestImages.Decode(File.ReadAllBytes(host.FileOf(media)));
        var exif = stored.Metadata.ExifProfile;
        Assert.True(exif is null || (exif.GetValue(ExifTag.GPSLatitude) is null && exif.GetValue(ExifTag.GPSLongitude) is null));
        Assert.True(exif?.GetValue(ExifTag.Orientation) is null or { Value: 1 });

        // Orientation 6 means "rotate 90° clockwise to view": the stored pixels are already upright.
        Assert.Equal((200, 400), (stored.Width, stored.Height));
        Assert.Equal((200, 400), (media.Width!.Value, media.Height!.Value));
    }

    [Fact]
    public async Task Upload_keeps_an_image_that_needs_no_change_byte_for_byte()
    {
        await using var host = await MediaTestHost.StartAsync(DatabaseProvider.Sqlite);
        var bytes = TestImages.Jpeg(300, 200);

        var media = await host.UploadOkAsync(bytes, "plain.jpg");

        Assert.Equal(bytes, File.ReadAllBytes(host.FileOf(media)));
    }

    [Theory, BothProviders]
    public async Task Upload_sets_alt_text_per_culture_and_refuses_an_unknown_culture(DatabaseProvider provider)
    {
        await using var host = await MediaTestHost.StartAsync(provider);

        var media = await host.UploadOkAsync(TestImages.Png(), "stop.png", altText: new Dictionary<string, string>
        {
            ["zh-hans"] = "桑久红色驿站",
            ["en"] = "Sangjiu Red Station",
        });
        var refused = await host.UploadAsync(TestImages.Png(), "other.png", altText: new Dictionary<string, string> { ["fr"] = "Gare" });

        Assert.Equal("桑久红色驿站", media.AltTextIn("zh-Hans", "zh-Hans"));
        Assert.Equal("Sangjiu Red Station", media.AltTextIn("en", "zh-Hans"));
        Assert.Equal("桑久红色驿站", media.AltTextIn("bo", "zh-Hans"));
        Assert.Equal(MediaOperationStatus.InvalidCulture, refused.Status);
        Assert.Single(await host.RowsAsync());
        Assert.Single(host.StoredFiles());
    }

    [Theory, BothProviders]
    public async Task Upload_of_the_same_name_in_a_folder_gets_a_numbered_name(DatabaseProvider provider)
    {
        await using var host = await MediaTestHost.StartAsync(provider);

        var first = await host.UploadOkAsync(TestImages.Png(), "hero.png");
        var second = await host.UploadOkAsync(TestImages.Png(), "hero.png");

        Assert.Equal("hero.png", first.Name);
        Assert.Equal("hero (1).png", second.Name);
        Assert.NotEqual(first.Url, second.Url);
    }
}
