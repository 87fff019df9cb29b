using System.Net;
using System.Text.Json.Nodes;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;
using ZhuwaGen.Tourism.Tests.Media;
using ZhuwaGen.Tourism.Tests.Webhooks;
using static ZhuwaGen.Tourism.Tests.Acceptance.DeliverySteps;

namespace ZhuwaGen.Tourism.Tests.Acceptance;

/// <summary>
/// The issue's "Done when", end to end over HTTP: a client written from Umbraco's Delivery API documentation lists the
/// route's stops in order, reads each by route in zh-Hans and English with its photos expanded, filters events by
/// date, and receives a signed webhook when a stop is published through the Management API by an API user.
/// </summary>
public sealed class DoneWhenTests
{
    private static readonly Guid RedStation = Guid.Parse("7aad4c02-e0b5-4750-b26b-17eb823a1ed7");

    // The seeded route, in route order.
    private static readonly (Guid Id, string Chinese, string English)[] Stops =
    [
        (RedStation, "桑久红色驿站", "Sangjiu Red Station"),
        (Guid.Parse("cc51cb14-f489-456c-a90f-d10b85333eee"), "学尼村农业观光休闲旅游项目", "Xueni Village Agritourism and Leisure Park"),
        (Guid.Parse("06835c38-6850-4941-9b2d-2d1d263c47c2"), "西托拉卡缅民感恩广场", "Xituo Laka Gratitude Square"),
        (Guid.Parse("aea7f6cc-917e-4644-b1f7-b48e7c3545e2"), "扎拉村“壹亩良田”合作社", "Zhala Village and the Yimu Liangtian Cooperative"),
        (Guid.Parse("50cea35a-6e08-4f94-a18c-547a3f9ccb70"), "雄久村和美宜居乡村", "Xiongjiu Livable Village"),
    ];

    // The seeded events that start after 1 August 2027, by start date (the study day on 10 July is before it).
    private static readonly Guid[] EventsAfterAugust =
    [
        Guid.Parse("2b71190a-7e56-4d0c-bbfb-0183078a4333"), // Xueni Autumn Picking Festival, 25 September
        Guid.Parse("4beee864-eb5e-4600-a4bd-ee72f456583c"), // Zhala Farmers' Market, 16 October
    ];

    [Theory, BothProviders]
    public async Task A_client_from_Umbraco_docs_reads_the_route_and_gets_a_signed_webhook_when_an_API_user_publishes_a_stop(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var site = await AcceptanceSite.StartAsync(provider);
        using var reader = site.Anonymous();

        // Before any edit, readers have the Red Station in English: the second read is answered by the output cache.
        const string redStationPath = "/sangjiu-baga/sangjiu-red-station/";
        var (before, _) = await ItemByRouteWithCacheAsync(reader, redStationPath, English);
        var (_, cached) = await ItemByRouteWithCacheAsync(reader, redStationPath, English);
        Assert.True(cached, "the second read of the Red Station was not answered from the output cache");
        var oldSummary = Property(before, "summary");
        Assert.False(string.IsNullOrEmpty(oldSummary), "the seeded Red Station has no English summary");

        // 1. An administrator creates an API user with the editor role; its client credentials get a token.
        using var admin = await ManagementClients.CookieClientAsync(site.Site, UserRoles.Admin);
        var (clientId, clientSecret) = await ManagementSteps.CreateApiUserAsync(admin, "Mini-program sync", UserRoles.Editor);
        using var anonymous = ManagementClients.NewClient(site.Site);
        var token = await ManagementSteps.TokenAsync(anonymous, clientId, clientSecret);
        using var editor = ManagementClients.BearerClient(site.Site, token);

        // 2. The administrator subscribes a receiver to stop publications.
        var (_, secret) = await ManagementSteps.CreateWebhookAsync(admin, receiver.Url, WebhookEvents.ContentPublish, "routeStop");

        // 3. The API user uploads a photo with alt text in both languages, picks it for the Red Station with a new
        // English summary, and publishes the stop.
        var photo = await ManagementSteps.UploadImageAsync(editor, TestImages.Jpeg(640, 480), "red-station.jpg", new Dictionary<string, string>
        {
            ["zh-Hans"] = "桑久红色驿站外景",
            ["en"] = "The Sangjiu Red Station from outside",
        });
        var photoId = Guid.Parse((string)photo["id"]!);
        const string newSummary = "Where the route begins — now with a photo of the station.";
        await ManagementSteps.SaveDraftAsync(editor, RedStation,
            new { alias = "photos", culture = (string?)null, value = new[] { new { key = Guid.NewGuid(), mediaKey = photoId } } },
            new { alias = "summary", culture = "en", value = newSummary });
        await ManagementSteps.PublishAsync(editor, RedStation, "zh-Hans", "en");

        // The very next read of the cached response has the new English summary: publishing evicted it.
        var (after, stale) = await ItemByRouteWithCacheAsync(reader, redStationPath, English);
        Assert.False(stale, "the first read after publishing was answered from the output cache");
        Assert.Equal(newSummary, Property(after, "summary"));

        // 4. The webhook job runs: the receiver gets the publication, signed with the webhook's secret.
        await site.SendWebhooksAsync();
        var hook = Assert.Single(receiver.Requests);
        Assert.Equal("POST", hook.Method);
        Assert.Equal(WebhookEvents.ContentPublish, hook.Header(WebhookSignature.EventHeader));
        Assert.True(WebhookSignature.Verify(secret, hook.Body, hook.Header(WebhookSignature.SignatureHeader)),
            $"the signature '{hook.Header(WebhookSignature.SignatureHeader)}' does not verify with the webhook's secret");
        Assert.Equal(RedStation, Guid.Parse((string)JsonNode.Parse(hook.Body)!["id"]!));

        // 5. The route's stops, in route order, in Chinese by default and in English when asked.
        const string children = "fetch=children:/sangjiu-baga/&sort=sortOrder:asc";
        var chinese = Items(await QueryAsync(reader, children));
        Assert.Equal(Stops.Select(s => s.Id), chinese.Select(Id));
        Assert.Equal(Stops.Select(s => s.Chinese), chinese.Select(Name));
        var english = Items(await QueryAsync(reader, children, English));
        Assert.Equal(Stops.Select(s => s.Id), english.Select(Id));
        Assert.Equal(Stops.Select(s => s.English), english.Select(Name));

        // Each stop read by its route, in both languages.
        foreach (var (stop, index) in chinese.Select((s, i) => (s, i)))
        {
            var item = await ItemByRouteAsync(reader, RoutePath(stop));
            Assert.True(Stops[index].Id == Id(item), $"{RoutePath(stop)} read {Id(item)}, not stop {index + 1}");
            Assert.Equal(Stops[index].Chinese, Name(item));
        }

        foreach (var (stop, index) in english.Select((s, i) => (s, i)))
        {
            var item = await ItemByRouteAsync(reader, RoutePath(stop), English);
            Assert.True(Stops[index].Id == Id(item), $"{RoutePath(stop)} (en) read {Id(item)}, not stop {index + 1}");
            Assert.Equal(Stops[index].English, Name(item));
        }

        // The Red Station with its photos expanded: the uploaded image with its URL, size, crops and alt text in the
        // culture read.
        var redEnglish = await ItemByRouteAsync(reader, RoutePath(english[0]), English, "expand=properties[photos]");
        Assert.Equal(newSummary, Property(redEnglish, "summary"));
        var photoEnglish = SinglePhoto(redEnglish, photoId);
        Assert.Equal("The Sangjiu Red Station from outside", (string?)photoEnglish["properties"]!["altText"]);
        var redChinese = await ItemByRouteAsync(reader, RoutePath(chinese[0]), query: "expand=properties[photos]");
        Assert.Equal("桑久红色驿站外景", (string?)SinglePhoto(redChinese, photoId)["properties"]!["altText"]);
        Assert.NotEqual(newSummary, Property(redChinese, "summary"));

        // 6. Events after 1 August 2027, by start date.
        var events = Items(await QueryAsync(reader, "filter=contentType:event&filter=startDate>:2027-08-01&sort=startDate:asc"));
        Assert.Equal(EventsAfterAugust, events.Select(Id));
        var starts = events.Select(e => DateTime.Parse((string)e["properties"]!["startDate"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(starts.Order(), starts);

        // 7. The photo's URL serves the image, resized on request.
        var url = (string)photoEnglish["url"]!;
        using var resized = await reader.GetAsync(url + "?width=160");
        Assert.True(resized.StatusCode == HttpStatusCode.OK, $"GET {url}?width=160 answered {(int)resized.StatusCode}");
        Assert.StartsWith("image/", resized.Content.Headers.ContentType?.MediaType);
        using var image = TestImages.Decode(await resized.Content.ReadAsByteArrayAsync());
        Assert.Equal(160, image.Width);
        Assert.Equal(120, image.Height);
    }

    [Theory, BothProviders]
    public async Task Accept_Language_tags_a_client_sends_resolve_to_the_sites_cultures(DatabaseProvider provider)
    {
        await using var site = await AcceptanceSite.StartAsync(provider);
        using var reader = site.Anonymous();
        var (_, chinese, english) = Stops[0];

        foreach (var (acceptLanguage, name) in new[]
        {
            ("en-US", english), ("en-GB,en;q=0.8", english), ("zh", chinese), ("zh-CN", chinese), ("zh-Hans", chinese),
            ("zh-Hans-CN", chinese), ("fr-FR, en;q=0.5", english),
        })
        {
            var item = await ItemByRouteAsync(reader, "/sangjiu-baga/sangjiu-red-station/", acceptLanguage);
            Assert.True(name == Name(item), $"Accept-Language: {acceptLanguage} read \"{Name(item)}\", expected \"{name}\"");
        }
    }

    // The photos property, expanded: one image, the one uploaded, with what a client needs to show it.
    private static JsonNode SinglePhoto(JsonNode item, Guid photoId)
    {
        var photos = item["properties"]!["photos"] as JsonArray;
        Assert.True(photos is { Count: 1 }, $"photos is {item["properties"]!["photos"]?.ToJsonString() ?? "missing"}");
        var photo = photos[0]!;
        Assert.Equal(photoId, Guid.Parse((string)photo["id"]!));
        Assert.StartsWith("/media/", (string)photo["url"]!);
        Assert.Equal(640, (int)photo["width"]!);
        Assert.Equal(480, (int)photo["height"]!);
        // The crops are the photos data type's ("Multiple Image Media Picker": card 800×600, hero 1600×900, share 1200×630).
        var crops = Assert.IsType<JsonArray>(photo["crops"]);
        Assert.Equal(["card:800x600", "hero:1600x900", "share:1200x630"], crops.Select(c => $"{(string)c!["alias"]!}:{(int)c["width"]!}x{(int)c["height"]!}"));
        return photo;
    }
}
