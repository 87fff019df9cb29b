using System.Net;
using System.Text.Json;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Delivery;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Web;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>
/// The offline trip pack: what <c>/offline-pack.json</c> lists per language, that every file in it is served (one
/// failure would fail the whole save in the browser), that a publish gives it a new version, and the headers the
/// service worker and the manifest need.
/// </summary>
public sealed class OfflinePackTests(SeededSites sites) : IClassFixture<SeededSites>
{
    private static readonly Guid RedStation = Guid.Parse("7aad4c02-e0b5-4750-b26b-17eb823a1ed7");

    [Theory]
    [BothProvidersInlineData("/offline-pack.json", "")]
    [BothProvidersInlineData("/en/offline-pack.json", "/en")]
    public async Task The_pack_holds_the_route_its_stops_the_notices_in_force_and_the_planner(DatabaseProvider provider, string path, string prefix)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();

        var pack = await PackAsync(client, path);
        var pages = pack.GetProperty("pages").EnumerateArray().Select(p => p.GetString()!).ToList();

        Assert.Matches("^[0-9a-f]{16}$", pack.GetProperty("version").GetString());
        Assert.Contains(prefix + "/", pages);
        Assert.Contains(prefix + "/sangjiu-baga/", pages);
        Assert.Contains(prefix + "/sangjiu-baga/xueni-agritourism-park/", pages);
        Assert.Contains(prefix + "/sangjiu-baga/xueni-agritourism-park/orchard-picking/", pages);
        Assert.Contains(prefix + "/notices/border-permit/", pages);
        Assert.Contains(prefix + "/stays/sangjiu-courtyard/", pages);
        Assert.Contains(prefix + "/plan/", pages);
        Assert.DoesNotContain(prefix + "/stories/zhuwagen-revitalization/", pages);
        Assert.All(pages, p => Assert.StartsWith(prefix + "/", p, StringComparison.Ordinal));
        Assert.Contains("/offline.html", pack.GetProperty("assets").EnumerateArray().Select(a => a.GetString()));
    }

    [Theory, BothProviders]
    public async Task Every_file_of_the_pack_is_served(DatabaseProvider provider)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();
        var pack = await PackAsync(client, "/en/offline-pack.json");

        foreach (var url in pack.GetProperty("pages").EnumerateArray().Concat(pack.GetProperty("assets").EnumerateArray()).Select(u => u.GetString()!))
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        }
    }

    [Theory, BothProviders]
    public async Task A_publish_gives_the_pack_a_new_version(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient();
        var before = (await PackAsync(client, "/en/offline-pack.json")).GetProperty("version").GetString();
        var again = (await PackAsync(client, "/en/offline-pack.json")).GetProperty("version").GetString();

        await site.RenameAndPublishAsync(RedStation, "en", name: "Sangjiu Red Station, Renamed");
        var after = (await PackAsync(client, "/en/offline-pack.json")).GetProperty("version").GetString();

        Assert.Equal(before, again);
        Assert.NotEqual(before, after);
    }

    [Theory, BothProviders]
    public async Task The_worker_may_fetch_the_site_and_the_manifest_is_a_manifest(DatabaseProvider provider)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();

        using var worker = await client.GetAsync("/sw.js");
        using var manifest = await client.GetAsync("/manifest.webmanifest");
        using var elsewhere = await client.GetAsync("/sangjiu-baga/offline-pack.json");

        Assert.Equal(HttpStatusCode.OK, worker.StatusCode);
        Assert.Equal("text/javascript", worker.Content.Headers.ContentType?.MediaType);
        // The worker's own requests obey the policy sent with its script: 'none' would stop it keeping any page.
        Assert.Equal("default-src 'self'; frame-ancestors 'none'", string.Join(";", worker.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("application/manifest+json", manifest.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await manifest.Content.ReadAsStringAsync());
        Assert.Equal("/", json.RootElement.GetProperty("start_url").GetString());
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    private static async Task<JsonElement> PackAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
