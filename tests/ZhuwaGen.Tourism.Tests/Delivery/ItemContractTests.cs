using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Delivery.DeliveryHttp;

namespace ZhuwaGen.Tourism.Tests.Delivery;

/// <summary>The JSON of the item endpoints, pinned by reviewed snapshots of the seeded content (contract §1.4, §1.6).</summary>
public sealed partial class ItemContractTests(DeliverySites sites) : IClassFixture<DeliverySites>
{
    [Theory, BothProviders]
    public async Task Item_by_id_in_english_matches_the_snapshot(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        JsonSnapshot.Matches("Delivery/Snapshots", "item-by-id-red-station-en", await JsonAsync(client, $"item/{RedStation}", ("Accept-Language", "en")));
    }

    [Theory, BothProviders]
    public async Task Item_by_route_in_chinese_matches_the_snapshot(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        JsonSnapshot.Matches("Delivery/Snapshots", "item-by-route-festival-zh", await JsonAsync(client, "item/events/xueni-autumn-picking-festival-2027/"));
    }

    [Theory, BothProviders]
    public async Task Items_by_ids_is_a_plain_array_in_request_order_without_unknown_ids(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        var json = await JsonAsync(client, $"items?id={BorderNotice}&id={Guid.NewGuid()}&id={Courtyard}", ("Accept-Language", "en"));
        JsonSnapshot.Matches("Delivery/Snapshots", "items-notice-guesthouse-en", json);
        Assert.Equal([BorderNotice.ToString(), Courtyard.ToString()], json.AsArray().Select(i => (string)i!["id"]!));
    }

    [Theory, BothProviders]
    public async Task The_root_has_the_route_slash_and_is_its_own_start_item(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        var json = await JsonAsync(client, "item/");

        Assert.Equal("site", (string)json["contentType"]!);
        Assert.Equal("/", (string)json["route"]!["path"]!);
        Assert.Equal(Site.ToString(), (string)json["route"]!["startItem"]!["id"]!);
        Assert.Equal("zhuwagen", (string)json["route"]!["startItem"]!["path"]!);
    }

    [Theory, BothProviders]
    public async Task Raw_output_keeps_member_order_date_formats_and_readable_chinese(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        using var response = await GetAsync(client, $"item/{PickingFestival}");
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Matches(MemberOrder(), raw);
        Assert.Matches(CreateDate(), raw);
        Assert.Contains("\"startDate\":\"2027-09-25T10:00:00Z\"", raw);
        Assert.Contains("学尼村秋季采摘节", raw);
        Assert.Contains("\"cultures\":{\"zh-Hans\":{\"path\":\"/events/xueni-autumn-picking-festival-2027/\"", raw);
    }

    [Theory, BothProviders]
    public async Task Route_path_with_encoded_slashes_finds_the_item(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        var json = await JsonAsync(client, "item/sangjiu-baga%2Fsangjiu-red-station");
        Assert.Equal(RedStation.ToString(), (string)json["id"]!);
    }

    [Theory, BothProviders]
    public async Task Unknown_id_route_and_malformed_ids_are_problem_details(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        using var unknownId = await GetAsync(client, $"item/{Guid.NewGuid()}");
        using var unknownRoute = await GetAsync(client, "item/no/such/place/");
        using var malformed = await GetAsync(client, "items?id=not-a-guid");

        Assert.Equal(HttpStatusCode.NotFound, unknownId.StatusCode);
        Assert.Equal("application/problem+json", unknownId.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknownRoute.StatusCode);
        Assert.Equal("application/problem+json", unknownRoute.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType!.MediaType);
        Assert.Equal(400, (int)JsonNode.Parse(await malformed.Content.ReadAsStringAsync())!["status"]!);
    }

    [GeneratedRegex("""^\{"contentType":"event","name":"[^"]+","createDate":"[^"]+","updateDate":"[^"]+","route":\{"path":"[^"]+","startItem":\{"id":"[^"]+","path":"zhuwagen"\}\},"id":"2b71190a-7e56-4d0c-bbfb-0183078a4333","properties":\{.*\},"cultures":\{.*\}\}$""")]
    private static partial Regex MemberOrder();

    [GeneratedRegex("""
        "createDate":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}","updateDate":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}"
        """)]
    private static partial Regex CreateDate();
}
