using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Media.Imaging;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Media;

public sealed class MediaUploadLimitsTests
{
    [Theory, BothProviders]
    public async Task A_tiny_png_claiming_50000_squared_is_refused_from_its_header(DatabaseProvider provider)
    {
        await using var host = await MediaTestHost.StartAsync(provider);
        var bomb = HostileImages.PngClaiming(50_000, 50_000);
        Assert.True(bomb.Length < 300, $"the bomb is {bomb.Length} bytes");

        var result = await host.UploadAsync(bomb, "bomb.png");

        Assert.Equal(MediaOperationStatus.ImageTooLarge, result.Status);
        Assert.Empty(await host.RowsAsync());
        Assert.Empty(host.StoredFiles());
    }

    [Theory, BothProviders]
    public async Task A_30_byte_webp_claiming_16383_squared_is_refused_from_its_header(DatabaseProvider provider)
    {
        await using var host = await MediaTestHost.StartAsync(provider);

        var result = await host.UploadAsync(HostileImages.WebpClaiming(16_383), "bomb.webp");

        Assert.Equal(MediaOperationStatus.ImageTooLarge, result.Status);
        Assert.Empty(await host.RowsAsync());
        Assert.Empty(host.StoredFiles());
    }

    [Fact]
    public async Task The_header_check_refuses_before_anything_large_is_allocated()
    {
        var options = Options.Create(new MediaOptions());
        var preparer = new UploadImagePreparer(options, new ImageSharpLimits(options));
        Assert.Equal(MediaOperationStatus.Success, (await preparer.PrepareAsync(TestImages.Png(20, 20), default)).Status);
        var png = HostileImages.PngClaiming(50_000, 50_000);
        var webp = HostileImages.WebpClaiming(16_383);

        // A refusal returns before the first await, so everything it allocated was allocated on this thread.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var refusedPng = preparer.PrepareAsync(png, default);
        var refusedWebp = preparer.PrepareAsync(webp, default);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(refusedPng.IsCompleted && refusedWebp.IsCompleted);
        Assert.Equal(MediaOperationStatus.ImageTooLarge, (await refusedPng).Status);
        Assert.Equal(MediaOperationStatus.ImageTooLarge, (await refusedWebp).Status);
        Assert.True(allocated < 1024 * 1024, $"refusing two header bombs allocated {allocated:N0} bytes");
    }

    [Theory, BothProviders]
    public async Task A_header_bomb_posted_to_the_management_api_is_a_422_problem(DatabaseProvider provider)
    {
        await using var media = await MediaSite.StartAsync(new Dictionary<string, string?>(), provider);
        using var writer = await ManagementClients.BearerClientAsync(media.Site, UserRoles.Writer);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(HostileImages.PngClaiming(50_000, 50_000));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "bomb.png");

        using var response = await writer.PostAsync($"{ManagementApiRoutes.Base}/media", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("MaxUploadPixels", problem.RootElement.GetProperty("detail").GetString());
    }

    [Theory, BothProviders]
    public async Task A_malformed_multipart_upload_is_a_400_problem_not_a_500(DatabaseProvider provider)
    {
        await using var media = await MediaSite.StartAsync(new Dictionary<string, string?>(), provider);
        using var writer = await ManagementClients.BearerClientAsync(media.Site, UserRoles.Writer);
        using var body = new StringContent("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\nno closing boundary");
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        using var response = await writer.PostAsync($"{ManagementApiRoutes.Base}/media", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory, BothProviders]
    public async Task A_jpeg_with_19_MB_of_exif_is_stored_without_any_metadata(DatabaseProvider provider)
    {
        await using var host = await MediaTestHost.StartAsync(provider);
        var photo = HostileImages.JpegWithMetadata(19_000_000);
        Assert.True(photo.Length > 19_000_000, $"the photo is {photo.Length} bytes");

        var media = await host.UploadOkAsync(photo, "heavy.jpg");

        var stored = File.ReadAllBytes(host.FileOf(media));
        Assert.True(stored.Length < 50_000, $"stored {stored.Length} bytes");
        Assert.Equal(stored.Length, media.Bytes);
        using var image = TestImages.Decode(stored);
        Assert.Null(image.Metadata.ExifProfile);
        Assert.Null(image.Metadata.XmpProfile);
        Assert.Null(image.Metadata.IptcProfile);
        Assert.Equal((64, 48), (image.Width, image.Height));
    }

    [Fact]
    public async Task Exif_other_than_orientation_xmp_iptc_and_png_text_are_stripped()
    {
        await using var host = await MediaTestHost.StartAsync(DatabaseProvider.Sqlite);

        var jpeg = await host.UploadOkAsync(HostileImages.JpegWithMetadata(100), "small.jpg");
        var png = await host.UploadOkAsync(HostileImages.PngWithText(), "text.png");

        using var storedJpeg = TestImages.Decode(File.ReadAllBytes(host.FileOf(jpeg)));
        Assert.Null(storedJpeg.Metadata.ExifProfile);
        Assert.Null(storedJpeg.Metadata.XmpProfile);
        Assert.Null(storedJpeg.Metadata.IptcProfile);
        using var storedPng = TestImages.Decode(File.ReadAllBytes(host.FileOf(png)));
        Assert.Empty(storedPng.Metadata.GetPngMetadata().TextData);
        Assert.DoesNotContain("28.6667", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(host.FileOf(png))));
    }

    [Theory]
    [InlineData("Cms:Media:MaxUploadPixels", "1000")]
    [InlineData("Cms:Media:MaxUploadDimension", "99")]
    public async Task The_pixel_limits_are_configurable(string key, string value)
    {
        await using var host = await MediaTestHost.StartAsync(DatabaseProvider.Sqlite, s => s[key] = value);

        var refused = await host.UploadAsync(TestImages.Png(100, 20), "wide.png");
        var accepted = await host.UploadAsync(TestImages.Png(30, 30), "small.png");

        Assert.Equal(MediaOperationStatus.ImageTooLarge, refused.Status);
        Assert.Equal(MediaOperationStatus.Success, accepted.Status);
    }
}
