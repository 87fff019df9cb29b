using System.Net;
using System.Text.Json;
using ZhuwaGen.Tourism.Cms.Media;

namespace ZhuwaGen.Tourism.Tests.Media;

/// <summary>What anonymous clients can make of an image: only the site's sizes unless signed, one file per picture, never larger than the original.</summary>
public sealed class MediaImageLimitsTests(MediaSite media) : IClassFixture<MediaSite>
{
    private static readonly string[] Modes = ["crop", "max", "stretch", "7", "pad"];
    private static readonly string[] Formats = ["webp", "jpg", "png", "gif", "JPEG"];
    private static readonly string[] Crops = ["square", "card", "wide", "share", "banner"];

    [Fact]
    public async Task A_burst_of_random_parameters_makes_no_file_beyond_the_allowed_sizes()
    {
        var item = await media.UploadAsync(TestImages.Jpeg(1200, 900), "burst.jpg");
        using var client = media.Site.CreateClient();
        var before = media.CacheFiles();
        var random = new Random(7);
        var ladder = MediaOptions.DefaultWidths;
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 150; i++)
        {
            var query = new List<string>();
            if (random.Next(3) > 0)
            {
                query.Add($"width={(random.Next(2) == 0 ? ladder[random.Next(ladder.Count)] : random.Next(1, 4000))}");
            }

            AddSometimes("height", () => random.Next(1, 4000).ToString(System.Globalization.CultureInfo.InvariantCulture), 4);
            AddSometimes("mode", () => Modes[random.Next(Modes.Length)], 3);
            AddSometimes("format", () => Formats[random.Next(Formats.Length)], 3);
            AddSometimes("quality", () => random.Next(1, 101).ToString(System.Globalization.CultureInfo.InvariantCulture), 5);
            AddSometimes("rxy", () => $"0.{random.Next(1000)},0.{random.Next(100)}", 6);
            AddSometimes("crop", () => Crops[random.Next(Crops.Length)], 4);
            using var response = await client.GetAsync($"{item.Url}?{string.Join('&', query)}");
            statuses.Add(response.StatusCode);

            void AddSometimes(string name, Func<string> value, int oneIn)
            {
                if (random.Next(oneIn) == 0)
                {
                    query.Add($"{name}={value()}");
                }
            }
        }

        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest }));
        Assert.Contains(HttpStatusCode.OK, statuses);
        var allowed = AllowedSizes(1200, 900);
        var made = media.CacheFiles().Except(before).ToList();
        Assert.NotEmpty(made);
        Assert.DoesNotContain(made, f => f.EndsWith(".tmp", StringComparison.Ordinal));
        foreach (var file in made)
        {
            using var image = TestImages.Decode(File.ReadAllBytes(file));
            Assert.True(allowed.Contains((image.Width, image.Height)), $"{image.Width}×{image.Height} is not a size the site serves unsigned");
        }
    }

    [Fact]
    public async Task A_signed_url_serves_any_size_and_a_wrong_signature_is_a_400_naming_hmac()
    {
        var item = await media.UploadAsync(TestImages.Jpeg(1200, 900), "signed.jpg");
        using var client = media.Site.CreateClient();
        var signed = media.Sign($"{item.Url}?width=200&height=50&format=webp&quality=60");

        using var ok = await client.GetAsync(signed);
        using var unsigned = await client.GetAsync($"{item.Url}?width=200&height=50&format=webp&quality=60");
        using var tampered = await client.GetAsync(signed.Replace("width=200", "width=201", StringComparison.Ordinal));
        using var badHex = await client.GetAsync(signed[..^1] + (signed[^1] == '0' ? '1' : '0'));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using var image = TestImages.Decode(await ok.Content.ReadAsByteArrayAsync());
        Assert.Equal((200, 50), (image.Width, image.Height));
        Assert.Equal("image/webp", ok.Content.Headers.ContentType!.MediaType);
        await AssertProblemNamesAsync(unsigned, "quality");
        await AssertProblemNamesAsync(tampered, "hmac");
        await AssertProblemNamesAsync(badHex, "hmac");
    }

    [Fact]
    public async Task Requests_for_the_same_picture_share_one_cache_file()
    {
        var item = await media.UploadAsync(TestImages.Jpeg(1200, 900), "canonical.jpg");
        using var client = media.Site.CreateClient();
        var before = media.CacheFiles();
        var signed = media.Sign($"{item.Url}?width=300&height=300&rxy=0.5,0.5");
        var hmac = signed[(signed.IndexOf("hmac=", StringComparison.Ordinal) + 5)..];

        string[] unsignedAlike = ["width=320", "width=320&mode=crop", "width=0320", "width=320&quality=82", "format=jpg&width=320", "width=320&v=2"];
        string[] signedAlike = ["rxy=0.5,0.5&width=300&height=300", "rxy=0.50,0.500&height=300&width=300&mode=crop", "height=300&rxy=0.5000,.5&width=300"];
        foreach (var query in unsignedAlike.Concat(signedAlike.Select(q => $"{q}&hmac={hmac}")))
        {
            using var response = await client.GetAsync($"{item.Url}?{query}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query} answered {response.StatusCode}");
        }

        Assert.Equal(2, media.CacheFiles().Except(before).Count());
    }

    [Fact]
    public async Task No_size_is_made_larger_than_the_original()
    {
        var item = await media.UploadAsync(TestImages.Jpeg(1200, 900), "small-original.jpg");
        using var client = media.Site.CreateClient();
        var before = media.CacheFiles();

        var original = await client.GetByteArrayAsync(item.Url);
        var wider = await client.GetByteArrayAsync($"{item.Url}?width=1920");
        using var webp1600 = TestImages.Decode(await client.GetByteArrayAsync($"{item.Url}?width=1600&format=webp"));
        using var webp2560 = TestImages.Decode(await client.GetByteArrayAsync($"{item.Url}?width=2560&format=webp"));
        using var wide = TestImages.Decode(await client.GetByteArrayAsync($"{item.Url}?crop=wide"));
        using var signed = TestImages.Decode(await client.GetByteArrayAsync(media.Sign($"{item.Url}?width=4000&height=4000")));

        Assert.Equal(original, wider);
        Assert.Equal((1200, 900), (webp1600.Width, webp1600.Height));
        Assert.Equal((1200, 900), (webp2560.Width, webp2560.Height));
        Assert.Equal((1200, 675), (wide.Width, wide.Height));
        Assert.Equal((900, 900), (signed.Width, signed.Height));
        Assert.Equal(3, media.CacheFiles().Except(before).Count());
    }

    [Theory]
    [InlineData("width=160&mode=7", "mode")]
    [InlineData("width=160&mode=stretch", "mode")]
    [InlineData("width=12abc", "width")]
    [InlineData("width=1e3", "width")]
    [InlineData("width=+160", "width")]
    [InlineData("width=160&width=320", "width")]
    [InlineData("width=333", "width")]
    [InlineData("height=120", "height")]
    [InlineData("width=160&quality=abc", "quality")]
    [InlineData("width=160&quality=50", "quality")]
    [InlineData("width=160&format=gif", "format")]
    [InlineData("width=160&rxy=0.5", "rxy")]
    [InlineData("width=160&rxy=-0.1,0.5", "rxy")]
    [InlineData("width=160&rxy=0.2,0.5", "rxy")]
    [InlineData("crop=banner", "crop")]
    [InlineData("crop=square&width=100", "width")]
    [InlineData("width=160&hmac=00", "hmac")]
    public async Task Unknown_values_and_garbage_numbers_are_a_400_problem_naming_the_parameter(string query, string parameter)
    {
        var item = await media.UploadAsync(TestImages.Png(50, 50), "garbage.png");
        using var client = media.Site.CreateClient();

        using var response = await client.GetAsync($"{item.Url}?{query}");

        await AssertProblemNamesAsync(response, parameter);
        Assert.False(response.Headers.CacheControl?.MaxAge > TimeSpan.Zero, "an error is cached for a year");
    }

    [Fact]
    public async Task A_variant_that_cannot_be_written_is_a_503_problem_and_leaves_no_temporary_file()
    {
        var item = await media.UploadAsync(TestImages.Jpeg(800, 600), "readonly.jpg");
        using var client = media.Site.CreateClient();
        var url = $"{item.Url}?width=480&format=png";
        var before = media.CacheFiles();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        var target = Assert.Single(media.CacheFiles().Except(before));

        // A folder where the file must go: the write fails as it would on a read-only or full disk.
        File.Delete(target);
        Directory.CreateDirectory(target);
        using var failed = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal("application/problem+json", failed.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(failed.Headers.RetryAfter);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, "*.tmp"));

        Directory.Delete(target);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
    }

    internal static async Task AssertProblemNamesAsync(HttpResponseMessage response, string parameter)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(body);
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out _), $"the problem names {errors}, not {parameter}");
    }

    // Worked out by hand for a 1200×900 original: the width ladder, the named crops at their own size or a ladder
    // width (each no larger than the original allows), and the crop sizes fitted inside with mode=max.
    internal static HashSet<(int, int)> AllowedSizes(int width, int height)
    {
        var sizes = new HashSet<(int, int)> { (width, height) };
        foreach (var w in MediaOptions.DefaultWidths.Where(w => w < width))
        {
            sizes.Add((w, (int)Math.Round(w * (double)height / width)));
        }

        foreach (var crop in MediaOptions.DefaultCrops)
        {
            foreach (var w in MediaOptions.DefaultWidths.Append(crop.Width))
            {
                var h = w * (double)crop.Height / crop.Width;
                var scale = Math.Min(1, Math.Min(Math.Min(width, height * (double)crop.Width / crop.Height) / w, Math.Min(height, width * (double)crop.Height / crop.Width) / h));
                sizes.Add(((int)Math.Round(w * scale), (int)Math.Round(h * scale)));
            }

            var fit = Math.Min(1, Math.Min((double)crop.Width / width, (double)crop.Height / height));
            sizes.Add(((int)Math.Round(width * fit), (int)Math.Round(height * fit)));
        }

        return sizes;
    }
}
