using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Delivery.Rendering;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Media;
using static ZhuwaGen.Tourism.Tests.Delivery.DeliveryHttp;

namespace ZhuwaGen.Tourism.Tests.Delivery;

/// <summary>
/// A media change reaches the content that picked the media: the stored default JSON is rendered again and cached
/// responses are evicted, with the output cache on and long-lived so that a missed eviction shows.
/// </summary>
public sealed class MediaChangeTests
{
    private const string Expanded = "?expand=properties[photos]";

    [Theory, BothProviders]
    public async Task Saving_a_picked_media_item_changes_the_next_item_responses(DatabaseProvider provider)
    {
        await using var test = await MediaChangeSite.StartAsync(provider);
        var photo = await MediaSite.UploadAsync(test.Site, TestImages.Jpeg(), "red-station.jpg",
            altText: new Dictionary<string, string> { ["en"] = "The old station" });
        await test.PickPhotoAsync(RedStation, photo.Key);
        using var client = test.Site.CreateClient();
        var en = ("Accept-Language", "en");

        var expandedBefore = await JsonAsync(client, $"item/{RedStation}{Expanded}", en);
        var defaultBefore = await JsonAsync(client, $"item/{RedStation}", en);
        using var cached = await GetAsync(client, $"item/{RedStation}{Expanded}", en);
        using var cachedDefault = await GetAsync(client, $"item/{RedStation}", en);
        await test.UpdateMediaAsync(photo.Key, new MediaUpdate(
            AltText: new Dictionary<string, string?> { ["en"] = "The renewed station" }, FocalPoint: new MediaFocalPoint(0.25m, 0.75m)));
        var expandedAfter = await JsonAsync(client, $"item/{RedStation}{Expanded}", en);
        var defaultAfter = await JsonAsync(client, $"item/{RedStation}", en);

        Assert.NotNull(cached.Headers.Age);
        Assert.NotNull(cachedDefault.Headers.Age);
        Assert.Equal("The old station", (string?)Photo(expandedBefore)["properties"]!["altText"]);
        Assert.Equal("The renewed station", (string?)Photo(expandedAfter)["properties"]!["altText"]);
        Assert.Null(Photo(defaultBefore)["focalPoint"]);
        Assert.Equal(0.25m, (decimal)Photo(defaultAfter)["focalPoint"]!["left"]!);
        Assert.Equal(0.75m, (decimal)Photo(expandedAfter)["focalPoint"]!["top"]!);

        // The stored default rendering itself was rendered again, not only bypassed.
        var stored = test.StoredDefault(RedStation, "en");
        Assert.Contains("\"left\":0.25", stored);
    }

    [Theory, BothProviders]
    public async Task Deleting_a_picked_media_item_removes_it_from_the_next_item_response(DatabaseProvider provider)
    {
        await using var test = await MediaChangeSite.StartAsync(provider);
        var photo = await MediaSite.UploadAsync(test.Site, TestImages.Png(), "xueni.png");
        await test.PickPhotoAsync(Xueni, photo.Key);
        using var client = test.Site.CreateClient();

        var before = await JsonAsync(client, $"item/{Xueni}");
        using var cached = await GetAsync(client, $"item/{Xueni}");
        await test.Site.WithScopeAsync<MediaLibraryService>(async library =>
            Assert.Equal(MediaOperationStatus.Success, await library.DeleteAsync(photo.Key, "editor", default)));
        var after = await JsonAsync(client, $"item/{Xueni}");

        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(photo.Key.ToString("D"), (string?)Photo(before)["id"]);
        Assert.Empty(after["properties"]!["photos"]!.AsArray());
    }

    private static JsonNode Photo(JsonNode item) => item["properties"]!["photos"]!.AsArray().Single()!;

    private sealed class MediaChangeSite : IAsyncDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "zhuwagen-media-change-" + Guid.NewGuid().ToString("N"));
        private TestDatabase _database = null!;

        public SiteFactory Site { get; private set; } = null!;

        public static async Task<MediaChangeSite> StartAsync(DatabaseProvider provider)
        {
            var test = new MediaChangeSite();
            var settings = DeliverySites.Settings(
                ("Umbraco:CMS:DeliveryApi:OutputCache:Enabled", "true"), ("Umbraco:CMS:DeliveryApi:OutputCache:ContentDuration", "01:00:00"));
            foreach (var (key, value) in MediaSite.Settings(test._folder))
            {
                settings[key] = value;
            }

            (test.Site, test._database) = await SiteFactory.CreateAsync(provider, settings);
            test.Site.Start();
            return test;
        }

        /// <summary>Sets the stop's photos to the one media item and publishes every culture.</summary>
        public Task PickPhotoAsync(Guid stop, Guid media) => PhotoPicks.PickAsync(Site, stop, "photos", media);

        public Task UpdateMediaAsync(Guid key, MediaUpdate update) =>
            Site.WithScopeAsync<MediaLibraryService>(async library =>
                Assert.Equal(MediaOperationStatus.Success, (await library.UpdateAsync(key, update, "editor", default)).Status));

        public string StoredDefault(Guid key, string culture)
        {
            var store = Site.Services.GetRequiredService<DeliveryContentJsonStore>();
            var snapshot = Site.Services.GetRequiredService<PublishedSnapshotService>().Current;
            var stored = store.Get(snapshot, key, culture) ?? throw new InvalidOperationException("The item is not stored.");
            return Encoding.UTF8.GetString(stored.Utf8.Span);
        }

        public async ValueTask DisposeAsync()
        {
            await Site.DisposeAsync();
            await _database.DisposeAsync();
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
    }
}
