using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Web;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>The site's own Tibetan font: served from this host with its licence, used only for Tibetan and only when the phone has none.</summary>
public sealed class TibetanFontTests(SeededSites sites) : IClassFixture<SeededSites>
{
    [Theory, BothProviders]
    public async Task The_tibetan_font_is_served_with_its_licence_and_declared_for_tibetan_only(DatabaseProvider provider)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();

        using var font = await client.GetAsync("/fonts/noto-serif-tibetan-subset.woff2");
        var bytes = await font.Content.ReadAsByteArrayAsync();
        var licence = await client.GetStringAsync("/fonts/OFL.txt");
        var css = await client.GetStringAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, font.StatusCode);
        Assert.Equal("font/woff2", font.Content.Headers.ContentType?.MediaType);
        Assert.Equal("wOF2"u8.ToArray(), bytes[..4]);
        Assert.InRange(bytes.Length, 10_000, 200_000);
        Assert.Contains("SIL OPEN FONT LICENSE Version 1.1", licence, StringComparison.Ordinal);
        var face = css[css.IndexOf("@font-face", StringComparison.Ordinal)..];
        face = face[..face.IndexOf('}')];
        Assert.Contains("url(\"/fonts/noto-serif-tibetan-subset.woff2\") format(\"woff2\")", face, StringComparison.Ordinal);
        Assert.True(face.IndexOf("local(", StringComparison.Ordinal) < face.IndexOf("url(", StringComparison.Ordinal), "the phone's own font comes first");
        Assert.Contains("unicode-range:U+0F00-0FFF", face, StringComparison.Ordinal);
        Assert.Contains("font-display:swap", face, StringComparison.Ordinal);
    }
}
