using System.Text.RegularExpressions;
using SixLabors.ImageSharp;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Delivery;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Media;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>
/// A photo an editor uploads and picks for a stop: the stop page shows it with a srcset of the card crop (4:3) over
/// the width ladder, each candidate served at its width, and the page's share image is the 1200×630 share crop at an
/// absolute URL. The seed has no photos, so the test makes one.
/// </summary>
public sealed partial class SitePhotoTests
{
    private const string XueniPage = "/en/sangjiu-baga/xueni-agritourism-park/";

    [Theory, BothProviders]
    public async Task A_picked_photo_gets_a_card_crop_srcset_and_a_share_image(DatabaseProvider provider)
    {
        await using var media = await MediaSite.StartAsync(provider);
        var photo = await media.UploadAsync(TestImages.Jpeg(1600, 1200), "xueni-orchard.jpg",
            altText: new Dictionary<string, string> { ["en"] = "Apple trees at Xueni", ["zh-Hans"] = "学尼村的苹果树" });
        await PhotoPicks.PickAsync(media.Site, DeliveryHttp.Xueni, "photos", photo.Key);
        using var client = media.Site.CreateClient();

        var html = await client.GetStringAsync(XueniPage);

        var img = Img().Match(html);
        Assert.True(img.Success, "the stop page shows the photo");
        var tag = img.Value;
        Assert.Equal("Apple trees at Xueni", Attribute(tag, "alt"));
        Assert.Equal(("800", "600"), (Attribute(tag, "width"), Attribute(tag, "height")));
        var candidates = Attribute(tag, "srcset")!.Split(", ").Select(c => c.Split(' ')).ToList();
        Assert.Equal(["160w", "320w", "480w", "640w", "800w"], candidates.Select(c => c[1]));
        foreach (var candidate in candidates.Where(c => c[1] is "320w" or "800w"))
        {
            var width = int.Parse(candidate[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture);
            var size = await ImageSizeAsync(client, System.Net.WebUtility.HtmlDecode(candidate[0]));
            Assert.Equal((width, width * 3 / 4), size);
        }

        var share = Meta(html, "og:image");
        Assert.NotNull(share);
        Assert.StartsWith("http://localhost/media/", share);
        Assert.Equal((1200, 630), await ImageSizeAsync(client, share["http://localhost".Length..]));
        Assert.Equal("Apple trees at Xueni", Meta(html, "og:image:alt"));

        // The Chinese page: the same crops, with the Chinese alt text.
        var chinese = await client.GetStringAsync("/sangjiu-baga/xueni-agritourism-park/");
        Assert.Equal("学尼村的苹果树", Attribute(Img().Match(chinese).Value, "alt"));
        Assert.Equal(share, Meta(chinese, "og:image"));
    }

    private static async Task<(int Width, int Height)> ImageSizeAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        var info = Image.Identify(await response.Content.ReadAsByteArrayAsync());
        return (info.Width, info.Height);
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    private static string? Meta(string html, string property) =>
        Regex.Match(html, $"<meta property=\"{Regex.Escape(property)}\" content=\"([^\"]*)\"") is { Success: true } m
            ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)
            : null;

    [GeneratedRegex("<img [^>]*srcset=\"[^\"]*\"[^>]*>")]
    private static partial Regex Img();
}
