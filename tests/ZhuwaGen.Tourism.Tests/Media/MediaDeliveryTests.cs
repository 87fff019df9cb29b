using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Media;

public sealed partial class MediaDeliveryTests(MediaSites sites) : IClassFixture<MediaSites>
{
    private const string Api = "/umbraco/delivery/api/v2/media";

    [Theory, BothProviders]
    public async Task An_item_by_id_has_umbracos_media_shape(DatabaseProvider provider)
    {
        var media = await sites.GetAsync(provider);
        var folder = await media.FolderAsync("shape-" + Guid.NewGuid().ToString("N")[..6]);
        var item = await media.UploadAsync(TestImages.Jpeg(320, 240), "Sangjiu Red Station.jpg", folder.Key, new MediaUpdate(
            FocalPoint: new MediaFocalPoint(0.5m, 0.4m),
            Crops: [new MediaCropEdit("square", new MediaCropCoordinates(0.1m, 0m, 0.2m, 0.3m))]),
            new Dictionary<string, string> { ["zh-Hans"] = "桑久红色驿站", ["en"] = "Sangjiu Red Station" });
        using var client = media.Site.CreateClient();

        var json = await client.GetStringAsync($"{Api}/item/{item.Key}");

        var normalized = Normalize(json, item, folder.Name);
        var snapshot = Path.Combine(CmsTestHost.RepositoryRoot, "tests/ZhuwaGen.Tourism.Tests/Media/Snapshots/media-item.json");
        Assert.Equal(File.ReadAllText(snapshot).Trim(), normalized);
        Assert.Matches("\"createDate\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}\"", json);
    }

    [Theory, BothProviders]
    public async Task A_folder_has_no_file_members_and_empty_properties(DatabaseProvider provider)
    {
        var media = await sites.GetAsync(provider);
        var folder = await media.FolderAsync("folder-" + Guid.NewGuid().ToString("N")[..6]);
        using var client = media.Site.CreateClient();

        var json = JsonNode.Parse(await client.GetStringAsync($"{Api}/item/{folder.Key}"))!;

        Assert.Equal("Folder", (string?)json["mediaType"]);
        Assert.Null(json["url"]);
        Assert.Null(json["bytes"]);
        Assert.Null(json["crops"]);
        Assert.Empty(json["properties"]!.AsObject());
    }

    [Theory]
    [BothProvidersInlineData(null, "桑久")]
    [BothProvidersInlineData("en-US,en;q=0.9", "Sangjiu")]
    [BothProvidersInlineData("zh-CN", "桑久")]
    [BothProvidersInlineData("bo-CN", "བོད་")]
    [BothProvidersInlineData("fr-FR, en;q=0.5", "Sangjiu")]
    [BothProvidersInlineData("de-DE", "桑久")]
    [BothProvidersInlineData("en;q=0", "桑久")]
    public async Task Alt_text_follows_accept_language(DatabaseProvider provider, string? acceptLanguage, string expected)
    {
        var media = await sites.GetAsync(provider);
        var item = await media.UploadAsync(TestImages.Png(), "alt.png", altText: new Dictionary<string, string>
        {
            ["zh-Hans"] = "桑久",
            ["en"] = "Sangjiu",
            ["bo"] = "བོད་",
        });
        using var client = media.Site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/item/{item.Key}");
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(expected, (string?)json["properties"]!["altText"]);
    }

    [Theory, BothProviders]
    public async Task Items_by_path_by_ids_and_unknown_ones(DatabaseProvider provider)
    {
        var media = await sites.GetAsync(provider);
        var root = "paths-" + Guid.NewGuid().ToString("N")[..6];
        var folder = await media.FolderAsync(root);
        var sub = await media.FolderAsync("banners", folder.Key);
        var item = await media.UploadAsync(TestImages.Png(), "hero.png", sub.Key);
        using var client = media.Site.CreateClient();

        var byPath = JsonNode.Parse(await client.GetStringAsync($"{Api}/item/{root}/banners/hero.png"))!;
        var byEncodedPath = JsonNode.Parse(await client.GetStringAsync($"{Api}/item/{root}%2Fbanners%2Fhero.png"))!;
        var byIds = JsonNode.Parse(await client.GetStringAsync($"{Api}/items?id={item.Key}&id={Guid.NewGuid()}&id={sub.Key}"))!.AsArray();

        Assert.Equal(item.Key.ToString(), (string?)byPath["id"]);
        Assert.Equal($"/{root}/banners/hero.png", (string?)byPath["path"]);
        Assert.Equal(item.Key.ToString(), (string?)byEncodedPath["id"]);
        Assert.Equal([item.Key.ToString(), sub.Key.ToString()], byIds.Select(i => (string?)i!["id"]));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/item/{root}/nothing.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/item/{Guid.NewGuid()}")).StatusCode);
    }

    [Theory, BothProviders]
    public async Task Query_fetches_children_filters_sorts_and_pages(DatabaseProvider provider)
    {
        var media = await sites.GetAsync(provider);
        var root = "query-" + Guid.NewGuid().ToString("N")[..6];
        var folder = await media.FolderAsync(root);
        await media.UploadAsync(TestImages.Png(), "b-orchard.png", folder.Key);
        await media.UploadAsync(TestImages.Png(), "a-orchard.png", folder.Key);
        await media.FolderAsync("c-folder", folder.Key);
        await media.UploadAsync(TestImages.Png(), "d-square.png", folder.Key);
        using var client = media.Site.CreateClient();

        var all = await QueryAsync(client, $"fetch=children:{folder.Key}");
        var byPath = await QueryAsync(client, $"fetch=children:/{root}/&sort=name:desc");
        var images = await QueryAsync(client, $"fetch=children:{root}&filter=mediaType:Image&filter=name:ORCHARD&sort=name:asc");
        var page = await QueryAsync(client, $"fetch=children:{folder.Key}&sort=sortOrder:desc&skip=1&take=2");
        var unknown = await QueryAsync(client, $"fetch=children:{Guid.NewGuid()}");
        var root0 = await QueryAsync(client, "fetch=children:/&take=1000");

        Assert.Equal((4, "b-orchard.png,a-orchard.png,c-folder,d-square.png"), all);
        Assert.Equal("d-square.png,c-folder,b-orchard.png,a-orchard.png", byPath.Names);
        Assert.Equal((2, "a-orchard.png,b-orchard.png"), images);
        Assert.Equal((4, "c-folder,a-orchard.png"), page);
        Assert.Equal((0, ""), unknown);
        Assert.Contains(root, root0.Names.Split(','));
        Assert.DoesNotContain("a-orchard.png", root0.Names);
    }

    [Theory]
    [BothProvidersInlineData("", "Selector option not found", "The attempted 'fetch' option does not exist")]
    [BothProvidersInlineData("fetch=descendants:/", "Selector option not found", "The attempted 'fetch' option does not exist")]
    [BothProvidersInlineData("fetch=children:/&filter=contentType:Image", "Filter option not found", "One of the attempted 'filter' options does not exist")]
    [BothProvidersInlineData("fetch=children:/&sort=level:asc", "Sort option not found", "One of the attempted 'sort' options does not exist")]
    [BothProvidersInlineData("fetch=children:/&sort=name", "Sort option not found", "One of the attempted 'sort' options does not exist")]
    [BothProvidersInlineData("fetch=children:/&take=-1", "Invalid paging", "The 'take' value '-1' is not valid: the 'skip' and 'take' parameters must be non-negative integers.")]
    [BothProvidersInlineData("fetch=children:/&skip=ten", "Invalid paging", "The 'skip' value 'ten' is not valid: the 'skip' and 'take' parameters must be non-negative integers.")]
    [BothProvidersInlineData("fetch=children:/&take=99999999999", "Invalid paging", "The 'take' value '99999999999' is not valid: the 'skip' and 'take' parameters must be non-negative integers.")]
    public async Task Query_grammar_errors_are_umbracos_400_problems(DatabaseProvider provider, string query, string title, string detail)
    {
        var media = await sites.GetAsync(provider);
        using var client = media.Site.CreateClient();

        using var response = await client.GetAsync($"{Api}?{query}");
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal((title, detail, 400, "Error"), ((string?)json["title"], (string?)json["detail"], (int?)json["status"], (string?)json["type"]));
    }

    [Theory, BothProviders]
    public async Task A_closed_media_api_asks_for_the_api_key_and_a_disabled_one_is_not_found(DatabaseProvider provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "zhuwagen-media-closed-" + Guid.NewGuid().ToString("N"));
        var settings = MediaSite.Settings(folder);
        settings["Umbraco:CMS:DeliveryApi:ApiKey"] = "secret-key";
        settings["Umbraco:CMS:DeliveryApi:Media:PublicAccess"] = "false";
        var (site, database) = await SiteFactory.CreateAsync(provider, settings);
        try
        {
            var item = await MediaSite.UploadAsync(site, TestImages.Png(), "closed.png");
            using var client = site.CreateClient();

            var anonymous = await client.GetAsync($"{Api}/item/{item.Key}");
            using var wrong = new HttpRequestMessage(HttpMethod.Get, $"{Api}/item/{item.Key}") { Headers = { { "Api-Key", "nope" } } };
            using var right = new HttpRequestMessage(HttpMethod.Get, $"{Api}/item/{item.Key}") { Headers = { { "Api-Key", "secret-key" } } };

            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(right)).StatusCode);
        }
        finally
        {
            await site.DisposeAsync();
            await database.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }

        var (disabled, disabledDb) = await SiteFactory.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Umbraco:CMS:DeliveryApi:Media:Enabled"] = "false",
            ["Cms:Media:Root"] = Path.Combine(folder, "media"),
            ["Cms:Media:CacheRoot"] = Path.Combine(folder, "cache"),
        });
        await using (disabledDb)
        await using (disabled)
        {
            using var client = disabled.CreateClient();
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}?fetch=children:/")).StatusCode);
        }
    }

    [Theory, BothProviders]
    public async Task The_media_api_reads_what_the_library_stored_on_each_provider(DatabaseProvider provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "zhuwagen-media-provider-" + Guid.NewGuid().ToString("N"));
        var (site, database) = await SiteFactory.CreateAsync(provider, MediaSite.Settings(folder));
        await using (database)
        await using (site)
        {
            var item = await MediaSite.UploadAsync(site, TestImages.Png(30, 20), "p.png", then: new MediaUpdate(FocalPoint: new MediaFocalPoint(0.25m, 0.5m)));
            using var client = site.CreateClient();

            var json = JsonNode.Parse(await client.GetStringAsync($"{Api}/item/{item.Key}"))!;

            Assert.Equal((30, 20, 0.25, 0.5), ((int)json["width"]!, (int)json["height"]!, (double)json["focalPoint"]!["left"]!, (double)json["focalPoint"]!["top"]!));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync((string?)json["url"])).StatusCode);
        }

        Directory.Delete(folder, recursive: true);
    }

    private static async Task<(int Total, string Names)> QueryAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"{Api}?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return ((int)json["total"]!, string.Join(',', json["items"]!.AsArray().Select(i => (string)i!["name"]!)));
    }

    private static string Normalize(string json, PublishedMedia item, string folderName)
    {
        var text = json
            .Replace(item.Key.ToString(), "00000000-0000-0000-0000-00000000000a")
            .Replace(folderName, "FOLDER")
            .Replace(item.Url!.Split('/')[2], "SHORTKEY");
        text = DateRegex().Replace(text, "\"DATE\"");
        text = BytesRegex().Replace(text, "\"bytes\":0");
        return JsonSerializer.Serialize(JsonNode.Parse(text), new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    [GeneratedRegex("\"\\d{4}-\\d\\d-\\d\\dT[0-9:.]+\"")]
    private static partial Regex DateRegex();

    [GeneratedRegex("\"bytes\":\\d+")]
    private static partial Regex BytesRegex();
}
