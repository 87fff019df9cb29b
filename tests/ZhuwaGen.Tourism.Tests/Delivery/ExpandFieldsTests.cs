using System.Net;
using System.Text.Json.Nodes;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Delivery.DeliveryHttp;

namespace ZhuwaGen.Tourism.Tests.Delivery;

/// <summary>expand and fields with the v2 grammar (contract §1.3) on the seeded pickers and blocks.</summary>
public sealed class ExpandFieldsTests(DeliverySites sites) : IClassFixture<DeliverySites>
{
    [Theory, BothProviders]
    public async Task Picked_content_is_shallow_without_cultures_unless_expanded(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        var shallow = (await JsonAsync(client, $"item/{PickingFestival}"))["properties"]!["venue"]!;
        var expanded = (await JsonAsync(client, $"item/{PickingFestival}?expand=properties[venue]"))["properties"]!["venue"]!;

        Assert.Equal(Xueni.ToString(), (string)shallow["id"]!);
        Assert.Empty(shallow["properties"]!.AsObject());
        Assert.Null(shallow.AsObject()["cultures"]);
        Assert.Equal(2, (int)expanded["properties"]!["orderOnRoute"]!);
        Assert.Null(expanded.AsObject()["cultures"]);
    }

    [Theory, BothProviders]
    public async Task Expand_all_expands_every_picker_and_brackets_may_be_url_encoded(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        var json = await JsonAsync(client, $"item/{BorderNotice}?expand=properties%5B%24all%5D");
        var stops = json["properties"]!["affectedStops"]!.AsArray();

        Assert.Equal(5, stops.Count);
        Assert.All(stops, stop => Assert.NotEmpty(stop!["properties"]!.AsObject()));
    }

    [Theory, BothProviders]
    public async Task Fields_limits_the_properties_and_nested_fields_limit_expanded_items(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        var json = await JsonAsync(
            client, $"item/{PickingFestival}?expand=properties[venue]&fields=properties[capacity,venue[properties[orderOnRoute,latitude]]]");
        var properties = json["properties"]!.AsObject();

        Assert.Equal(["capacity", "venue"], properties.Select(p => p.Key).Order());
        Assert.Equal(["latitude", "orderOnRoute"], properties["venue"]!["properties"]!.AsObject().Select(p => p.Key).Order());
    }

    [Theory, BothProviders]
    public async Task Nested_expand_under_all_reaches_inside_expanded_items(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        var json = await JsonAsync(client, $"item/{PickingFestival}?expand=properties[$all[properties[$all]]]&fields=properties[venue[properties[$all]]]");
        Assert.Equal(["venue"], json["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal("sangjiu-baga", ((string)json["properties"]!["venue"]!["route"]!["path"]!).Split('/', StringSplitOptions.RemoveEmptyEntries)[0]);
    }

    [Theory, BothProviders]
    public async Task Fields_applies_to_items_by_ids_and_empty_fields_clause_shows_nothing(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        var json = await JsonAsync(client, $"items?id={Route}&id={RedStation}&fields=properties[]");
        Assert.All(json.AsArray(), item => Assert.Empty(item!["properties"]!.AsObject()));
    }

    [Theory]
    [BothProvidersInlineData("expand=properties[venue")]
    [BothProvidersInlineData("expand=properties[venue[properties[x]]")]
    [BothProvidersInlineData("fields=properties[a]]")]
    [BothProvidersInlineData("fields=venue")]
    [BothProvidersInlineData("expand=all")]
    public async Task Malformed_clauses_are_400_problem_details(DatabaseProvider provider, string query)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        using var response = await GetAsync(client, $"item/{PickingFestival}?{query}");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("properties[", (string)body["detail"]!);
    }
}
