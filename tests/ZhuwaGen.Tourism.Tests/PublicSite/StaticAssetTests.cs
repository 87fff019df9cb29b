using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Web;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>
/// The site's files: linked with their content hash and then cached for good, others revalidated each time, text
/// compressed; and the Tibetan font, served with its licence, used only for Tibetan and only when the phone has none.
/// </summary>
public sealed partial class StaticAssetTests(SeededSites sites) : IClassFixture<SeededSites>
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

    [Theory, BothProviders]
    public async Task Pages_link_the_stylesheet_and_script_by_content_hash_and_those_are_cached_for_good(DatabaseProvider provider)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();
        var html = await client.GetStringAsync("/en/sangjiu-baga/");
        var css = VersionedStylesheet().Match(html).Groups[1].Value;
        var script = VersionedScript().Match(html).Groups[1].Value;

        using var cssResponse = await Get(client, css, "br");
        using var scriptResponse = await Get(client, script, "gzip");
        using var worker = await Get(client, "/sw.js", null);

        Assert.StartsWith("/css/site.css?v=", css, StringComparison.Ordinal);
        Assert.StartsWith("/js/offline.js?v=", script, StringComparison.Ordinal);
        Assert.Equal("public, max-age=31536000, immutable", cssResponse.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=31536000, immutable", scriptResponse.Headers.CacheControl?.ToString());
        Assert.Equal("br", Assert.Single(cssResponse.Content.Headers.ContentEncoding));
        Assert.Equal("gzip", Assert.Single(scriptResponse.Content.Headers.ContentEncoding));
        Assert.True(worker.Headers.CacheControl?.NoCache, "the service worker is revalidated on each use");
    }

    private static Task<HttpResponseMessage> Get(HttpClient client, string path, string? encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(encoding);
        }

        return client.SendAsync(request);
    }

    [System.Text.RegularExpressions.GeneratedRegex("<link rel=\"stylesheet\" href=\"(/css/site.css\\?v=[^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex VersionedStylesheet();

    [System.Text.RegularExpressions.GeneratedRegex("<script src=\"(/js/offline.js\\?v=[^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex VersionedScript();
}
