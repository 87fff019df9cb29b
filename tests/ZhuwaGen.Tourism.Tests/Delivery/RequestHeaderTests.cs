using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Delivery.DeliveryHttp;

namespace ZhuwaGen.Tourism.Tests.Delivery;

/// <summary>Accept-Language, Start-Item and Vary (contract §1.2), resolved once by the request filter.</summary>
public sealed class RequestHeaderTests(DeliverySites sites) : IClassFixture<DeliverySites>
{
    [Theory]
    [BothProvidersInlineData("en", "Sangjiu–Baga Route")]
    [BothProvidersInlineData("en-US", "Sangjiu–Baga Route")]
    [BothProvidersInlineData("en-GB,zh;q=0.5", "Sangjiu–Baga Route")]
    [BothProvidersInlineData("zh", "桑久—巴嘎特色旅游线路")]
    [BothProvidersInlineData("zh-CN", "桑久—巴嘎特色旅游线路")]
    [BothProvidersInlineData("zh-Hans", "桑久—巴嘎特色旅游线路")]
    [BothProvidersInlineData("zh-TW", "桑久—巴嘎特色旅游线路")]
    [BothProvidersInlineData("fr-FR", "桑久—巴嘎特色旅游线路")]
    [BothProvidersInlineData("fr;q=1, en;q=0.8", "Sangjiu–Baga Route")]
    [BothProvidersInlineData("", "桑久—巴嘎特色旅游线路")]
    public async Task Accept_language_resolves_to_a_site_language(DatabaseProvider provider, string acceptLanguage, string expectedName)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        var json = await JsonAsync(client, $"item/{Route}", ("Accept-Language", acceptLanguage));
        Assert.Equal(expectedName, (string)json["name"]!);
    }

    [Theory, BothProviders]
    public async Task Tibetan_falls_back_to_chinese_values_for_a_culture_the_item_lacks(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        var json = await JsonAsync(client, "item/sangjiu-baga/", ("Accept-Language", "bo"));

        Assert.Equal("桑久—巴嘎特色旅游线路", (string)json["name"]!);
        Assert.StartsWith("一条串起", (string)json["properties"]!["summary"]!);
        Assert.Equal(["zh-Hans", "en"], json["cultures"]!.AsObject().Select(c => c.Key));
    }

    [Theory, BothProviders]
    public async Task Route_lookup_uses_the_request_culture(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        var json = await JsonAsync(client, "item/stays/sangjiu-courtyard/", ("Accept-Language", "en-US"));
        Assert.Equal("Sample Guesthouse: Sangjiu Courtyard", (string)json["name"]!);
    }

    [Theory]
    [BothProvidersInlineData("bf4b90cb-3ca1-4222-bfab-4bcc41af4357")]
    [BothProvidersInlineData("zhuwagen")]
    public async Task Start_item_by_key_or_segment_scopes_route_lookups(DatabaseProvider provider, string startItem)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        var json = await JsonAsync(client, "item/sangjiu-baga/xueni-agritourism-park/", ("Start-Item", startItem));

        Assert.Equal(Xueni.ToString(), (string)json["id"]!);
        Assert.Equal("zhuwagen", (string)json["route"]!["startItem"]!["path"]!);
    }

    [Theory]
    [InlineData("item/sangjiu-baga/", "no-such-site", null, "text/plain; charset=utf-8", "The Start-Item could not be found")]
    [InlineData("item/sangjiu-baga/", "00000000-0000-0000-0000-000000000001", "*/*", "text/plain; charset=utf-8", "The Start-Item could not be found")]
    [InlineData("item/bf4b90cb-3ca1-4222-bfab-4bcc41af4357", "no-such-site", "application/json", "application/json; charset=utf-8", "\"The Start-Item could not be found\"")]
    [InlineData("?fetch=children:/", "no-such-site", "application/json", "application/json; charset=utf-8", "\"The Start-Item could not be found\"")]
    [InlineData("items?id=bf4b90cb-3ca1-4222-bfab-4bcc41af4357", "sangjiu-baga", "text/plain, application/json;q=0.5", "text/plain; charset=utf-8", "The Start-Item could not be found")]
    public async Task An_unknown_start_item_answers_404_as_Umbraco_does(string url, string startItem, string? accept, string contentType, string body)
    {
        using var client = (await sites.GetAsync(DatabaseProvider.Sqlite)).CreateClient();
        (string, string)[] headers = accept is null ? [("Start-Item", startItem)] : [("Start-Item", startItem), ("Accept", accept)];
        using var response = await GetAsync(client, url.StartsWith('?') ? Content + url : url, headers);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public async Task An_empty_start_item_is_no_start_item(string startItem)
    {
        using var client = (await sites.GetAsync(DatabaseProvider.Sqlite)).CreateClient();
        var json = await JsonAsync(client, "item/sangjiu-baga/xueni-agritourism-park/", ("Start-Item", startItem));
        Assert.Equal(Xueni.ToString(), (string)json["id"]!);
    }

    [Theory, BothProviders]
    public async Task Every_response_varies_by_the_delivery_headers(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        using var found = await GetAsync(client, $"item/{Route}");
        using var missing = await GetAsync(client, $"item/{Guid.NewGuid()}");

        // Umbraco's four, and Accept-Encoding: every response is sent in the coding the request accepts best.
        Assert.Equal(["Accept-Language", "Start-Item", "Preview", "Api-Key", "Accept-Encoding"], found.Headers.Vary);
        Assert.Equal(["Accept-Language", "Start-Item", "Preview", "Api-Key", "Accept-Encoding"], missing.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
