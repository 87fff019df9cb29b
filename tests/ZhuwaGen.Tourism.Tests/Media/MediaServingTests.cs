using System.Net;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Media;

public sealed class MediaServingTests(MediaSites sites) : IClassFixture<MediaSites>
{
    [Theory, BothProviders]
    public async Task The_original_file_is_served_with_a_long_cache_and_an_etag(DatabaseProvider provider)
    {
        var media = await sites.GetAsync(provider);
        var item = await media.UploadAsync(TestImages.Png(200, 100), "original.png");
        using var client = media.Site.CreateClient();

        using var response = await client.GetAsync(item.Url);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("max-age=31536000", response.Headers.CacheControl!.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(TestImages.Png(200, 100), bytes);

        using var again = new HttpRequestMessage(HttpMethod.Get, item.Url);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory]
    [BothProvidersInlineData("width=600&height=600", 600, 600, "image/jpeg")]
    [BothProvidersInlineData("width=600&height=600&mode=max", 600, 450, "image/jpeg")]
    [BothProvidersInlineData("width=160", 160, 120, "image/jpeg")]
    [BothProvidersInlineData("width=320&format=png", 320, 240, "image/png")]
    [BothProvidersInlineData("width=1600&height=900&format=webp", 1200, 675, "image/webp")]
    [BothProvidersInlineData("crop=square", 600, 600, "image/jpeg")]
    [BothProvidersInlineData("crop=card&width=320", 320, 240, "image/jpeg")]
    public async Task Resize_crop_and_format_parameters_give_the_asked_image(DatabaseProvider provider, string query, int width, int height, string contentType)
    {
        var media = await sites.GetAsync(provider);
        var item = await media.UploadAsync(TestImages.Jpeg(1200, 900), "resize.jpg");
        using var client = media.Site.CreateClient();

        using var response = await client.GetAsync($"{item.Url}?{query}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("max-age=31536000", response.Headers.CacheControl!.ToString());
        Assert.NotNull(response.Headers.ETag);
        using var image = TestImages.Decode(bytes);
        Assert.Equal((width, height), (image.Width, image.Height));
        var format = TestImages.FormatOf(bytes);
        Assert.Equal(contentType, format switch { JpegFormat => "image/jpeg", PngFormat => "image/png", WebpFormat => "image/webp", _ => "?" });
    }

    [Theory, BothProviders]
    public async Task A_crop_centres_on_the_focal_point_and_rxy_overrides_it(DatabaseProvider provider)
    {
        var media = await sites.GetAsync(provider);
        var item = await media.UploadAsync(TestImages.RedBlue(400, 200), "redblue.png", then: new MediaUpdate(FocalPoint: new MediaFocalPoint(0.95m, 0.5m)));
        using var client = media.Site.CreateClient();

        using var focal = TestImages.Decode(await client.GetByteArrayAsync($"{item.Url}?width=600&height=600"));
        using var left = TestImages.Decode(await client.GetByteArrayAsync(media.Sign($"{item.Url}?width=100&height=100&rxy=0.05,0.5")));

        Assert.Equal(new Rgba32(0, 0, 255), Opaque(focal[50, 50]));
        Assert.Equal(new Rgba32(255, 0, 0), Opaque(left[50, 50]));
    }

    [Theory, BothProviders]
    public async Task A_named_crop_uses_the_editors_coordinates(DatabaseProvider provider)
    {
        var media = await sites.GetAsync(provider);
        // The editor kept only the right quarter: offsets of 3/4 from the left, nothing from the other edges.
        var item = await media.UploadAsync(TestImages.RedBlue(400, 200), "cropped.png", then: new MediaUpdate(
            Crops: [new MediaCropEdit("square", new MediaCropCoordinates(0.75m, 0m, 0m, 0m))]));
        using var client = media.Site.CreateClient();

        using var image = TestImages.Decode(await client.GetByteArrayAsync($"{item.Url}?crop=square"));

        // The kept quarter is 100 pixels wide: the 600×600 crop is made at that size, not enlarged.
        Assert.Equal((100, 100), (image.Width, image.Height));
        Assert.Equal(new Rgba32(0, 0, 255), Opaque(image[5, 50]));
    }

    [Theory, BothProviders]
    public async Task A_second_request_is_served_from_the_disk_cache(DatabaseProvider provider)
    {
        var media = await sites.GetAsync(provider);
        var item = await media.UploadAsync(TestImages.Jpeg(800, 600), "cached.jpg");
        using var client = media.Site.CreateClient();
        var url = $"{item.Url}?width=320&format=png";
        var before = CacheFiles(media);

        using var first = TestImages.Decode(await client.GetByteArrayAsync(url));
        var created = Assert.Single(CacheFiles(media).Except(before));

        // Replace the cached variant with a different image: if the next answer is that image, it came from the cache.
        File.WriteAllBytes(created, TestImages.Png(7, 5));
        using var second = TestImages.Decode(await client.GetByteArrayAsync(url));

        Assert.Equal((320, 240), (first.Width, first.Height));
        Assert.Equal((7, 5), (second.Width, second.Height));
    }

    [Theory]
    [BothProvidersInlineData("width=0")]
    [BothProvidersInlineData("width=4001")]
    [BothProvidersInlineData("height=abc")]
    [BothProvidersInlineData("width=10&mode=stretch")]
    [BothProvidersInlineData("format=gif")]
    [BothProvidersInlineData("format=svg")]
    [BothProvidersInlineData("quality=101")]
    [BothProvidersInlineData("width=10&rxy=2,0.5")]
    [BothProvidersInlineData("crop=banner")]
    public async Task Bad_parameters_are_a_400_problem(DatabaseProvider provider, string query)
    {
        var media = await sites.GetAsync(provider);
        var item = await media.UploadAsync(TestImages.Png(50, 50), "bad.png");
        using var client = media.Site.CreateClient();

        using var response = await client.GetAsync($"{item.Url}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [BothProvidersInlineData("/media/nokey123/none.jpg")]
    [BothProvidersInlineData("/media/")]
    [BothProvidersInlineData("/media/..%2F..%2Fumbraco.config")]
    [BothProvidersInlineData("/media/%2e%2e/%2e%2e/umbraco.config")]
    [BothProvidersInlineData("/media/..%5C..%5Cumbraco.config")]
    [BothProvidersInlineData("/media/%2e%2e%2f%2e%2e%2fApp_Data/zhuwagen.db")]
    public async Task Unknown_files_and_path_traversal_are_not_found(DatabaseProvider provider, string url)
    {
        var media = await sites.GetAsync(provider);
        using var client = media.Site.CreateClient();

        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.DoesNotContain("<Languages>", body);
    }

    [Theory, BothProviders]
    public async Task A_trashed_item_is_no_longer_served(DatabaseProvider provider)
    {
        var media = await sites.GetAsync(provider);
        var item = await media.UploadAsync(TestImages.Png(), "trashed.png");
        using var client = media.Site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(item.Url)).StatusCode);

        await media.Site.WithScopeAsync<MediaLibraryService>(l => l.TrashAsync(item.Key, "test", default));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(item.Url)).StatusCode);
    }

    private static string[] CacheFiles(MediaSite media) => media.CacheFiles();

    private static Rgba32 Opaque(Rgba32 pixel) => new(pixel.R > 128 ? (byte)255 : (byte)0, pixel.G > 128 ? (byte)255 : (byte)0, pixel.B > 128 ? (byte)255 : (byte)0);
}
