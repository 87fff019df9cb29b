using System.Text.Json.Nodes;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Media;

/// <summary>The DeliveryApiMedia output-cache policy (contract §1.9): cached for MediaDuration, evicted by media changes.</summary>
public sealed class MediaDeliveryCacheTests
{
    private const string Api = "/umbraco/delivery/api/v2/media";

    [Theory, BothProviders]
    public async Task A_media_item_read_changed_and_read_again_shows_the_change(DatabaseProvider provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "zhuwagen-media-cache-" + Guid.NewGuid().ToString("N"));
        var settings = MediaSite.Settings(folder);
        settings["Umbraco:CMS:DeliveryApi:OutputCache:Enabled"] = "true";
        settings["Umbraco:CMS:DeliveryApi:OutputCache:MediaDuration"] = "01:00:00";
        var (site, database) = await SiteFactory.CreateAsync(provider, settings);
        await using var _ = database;
        await using var __ = site;
        try
        {
            var photos = await MediaSite.FolderAsync(site, "photos");
            var item = await MediaSite.UploadAsync(site, TestImages.Png(), "station.png", photos.Key,
                altText: new Dictionary<string, string> { ["zh-Hans"] = "旧驿站" });
            using var client = site.CreateClient();
            string[] urls = [$"{Api}/item/{item.Key}", $"{Api}/items?id={item.Key}", $"{Api}/?fetch=children:{photos.Key}", $"{Api}/item/photos/station.png"];

            var before = new List<JsonNode>();
            foreach (var url in urls)
            {
                before.Add(await ReadAsync(client, url));
                using var again = await client.GetAsync(url);
                Assert.True(again.Headers.Age is not null, $"{url} should be served from the output cache the second time.");
            }

            await site.WithScopeAsync<MediaLibraryService>(async library =>
            {
                var update = new MediaUpdate(AltText: new Dictionary<string, string?> { ["zh-Hans"] = "新驿站" });
                Assert.Equal(MediaOperationStatus.Success, (await library.UpdateAsync(item.Key, update, "editor", default)).Status);
            });
            var byId = await ReadAsync(client, urls[0]);
            var byIds = await ReadAsync(client, urls[1]);
            var query = await ReadAsync(client, urls[2]);
            await site.WithScopeAsync<MediaLibraryService>(async library =>
                Assert.Equal(MediaOperationStatus.Success, (await library.RenameAsync(photos.Key, "stations", "editor", default)).Status));
            var renamedParent = await ReadAsync(client, urls[0]);
            using var oldPath = await client.GetAsync(urls[3]);

            Assert.Equal("旧驿站", (string?)before[0]["properties"]!["altText"]);
            Assert.Equal("新驿站", (string?)byId["properties"]!["altText"]);
            Assert.Equal("新驿站", (string?)byIds[0]!["properties"]!["altText"]);
            Assert.Equal("新驿站", (string?)query["items"]![0]!["properties"]!["altText"]);
            Assert.Equal("/photos/station.png", (string?)before[0]["path"]);
            Assert.Equal("/stations/station.png", (string?)renamedParent["path"]);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, oldPath.StatusCode);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory, BothProviders]
    public async Task Requests_with_the_api_key_to_a_closed_media_api_are_not_cached(DatabaseProvider provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "zhuwagen-media-cache-" + Guid.NewGuid().ToString("N"));
        var settings = MediaSite.Settings(folder);
        settings["Umbraco:CMS:DeliveryApi:OutputCache:Enabled"] = "true";
        settings["Umbraco:CMS:DeliveryApi:ApiKey"] = "media-key";
        settings["Umbraco:CMS:DeliveryApi:Media:PublicAccess"] = "false";
        var (site, database) = await SiteFactory.CreateAsync(provider, settings);
        await using var _ = database;
        await using var __ = site;
        var item = await MediaSite.UploadAsync(site, TestImages.Png(), "private.png");
        using var client = site.CreateClient();
        client.DefaultRequestHeaders.Add("Api-Key", "media-key");

        using var first = await client.GetAsync($"{Api}/item/{item.Key}");
        using var second = await client.GetAsync($"{Api}/item/{item.Key}");

        Assert.Equal(System.Net.HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<JsonNode> ReadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} for {url}: {body}");
        return JsonNode.Parse(body)!;
    }
}
