using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Delivery.DeliveryHttp;

namespace ZhuwaGen.Tourism.Tests.Delivery;

/// <summary>Strong ETags, 304, and the output cache evicted by publishing (contract §1.9).</summary>
public sealed class CachingTests
{
    [Theory, BothProviders]
    public async Task A_matching_if_none_match_gets_304_and_a_stale_one_the_item(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider, DeliverySites.Settings(("Umbraco:CMS:DeliveryApi:OutputCache:Enabled", "false")));
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient();

        using var first = await GetAsync(client, $"item/{RedStation}");
        var etag = first.Headers.ETag!;
        using var again = await GetAsync(client, $"item/{RedStation}", ("If-None-Match", etag.Tag));
        using var stale = await GetAsync(client, $"item/{RedStation}", ("If-None-Match", "\"0000\""));
        using var byRoute = await GetAsync(client, "item/sangjiu-baga/sangjiu-red-station/", ("If-None-Match", etag.Tag));
        using var english = await GetAsync(client, $"item/{RedStation}", ("Accept-Language", "en"), ("If-None-Match", etag.Tag));

        Assert.False(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, byRoute.StatusCode);
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.NotEqual(etag, english.Headers.ETag);
    }

    [Theory, BothProviders]
    public async Task A_publish_is_visible_on_the_next_request_despite_the_output_cache(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider, DeliverySites.Settings(
            ("Umbraco:CMS:DeliveryApi:OutputCache:Enabled", "true"), ("Umbraco:CMS:DeliveryApi:OutputCache:ContentDuration", "01:00:00")));
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient();
        var en = ("Accept-Language", "en");

        var before = await JsonAsync(client, $"item/{RedStation}", en);
        using var cached = await GetAsync(client, $"item/{RedStation}", en);
        var festivalBefore = await JsonAsync(client, $"item/{PickingFestival}", en);
        var itemsBefore = await JsonAsync(client, $"items?id={PickingFestival}", en);
        await site.RenameAndPublishAsync(RedStation, "en", name: "Sangjiu Red Station, renewed");
        await site.RenameAndPublishAsync(Xueni, "en", name: "Xueni Park");
        var after = await JsonAsync(client, $"item/{RedStation}", en);
        var festivalAfter = await JsonAsync(client, $"item/{PickingFestival}", en);
        var itemsAfter = await JsonAsync(client, $"items?id={PickingFestival}", en);

        Assert.True(cached.Headers.Age is not null, "The second request should be served from the output cache.");
        Assert.Equal("Sangjiu Red Station", (string)before["name"]!);
        Assert.Equal("Sangjiu Red Station, renewed", (string)after["name"]!);
        Assert.Equal("Xueni Village Agritourism and Leisure Park", (string)festivalBefore["properties"]!["venue"]!["name"]!);
        Assert.Equal("Xueni Park", (string)festivalAfter["properties"]!["venue"]!["name"]!);
        Assert.Equal("Xueni Village Agritourism and Leisure Park", (string)itemsBefore[0]!["properties"]!["venue"]!["name"]!);
        Assert.Equal("Xueni Park", (string)itemsAfter[0]!["properties"]!["venue"]!["name"]!);
    }

    [Theory, BothProviders]
    public async Task Preview_and_keyed_private_requests_are_not_served_from_the_cache(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider, DeliverySites.Settings(("Umbraco:CMS:DeliveryApi:OutputCache:Enabled", "true")));
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient();
        var preview = new[] { ("Preview", "true"), ("Api-Key", DeliverySites.ApiKey) };

        using var first = await GetAsync(client, $"item/{RedStation}", preview);
        using var second = await GetAsync(client, $"item/{RedStation}", preview);
        using var publicFirst = await GetAsync(client, $"item/{RedStation}");
        using var publicSecond = await GetAsync(client, $"item/{RedStation}");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Assert.NotNull(publicSecond.Headers.Age);
    }

    [Theory, BothProviders]
    public async Task A_cached_public_item_is_never_served_to_a_request_the_api_would_refuse(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider, DeliverySites.Settings(("Umbraco:CMS:DeliveryApi:OutputCache:Enabled", "true")));
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient();

        // The cache sits before authentication in the pipeline: a hit must still be only what anyone may read.
        using var publicFirst = await GetAsync(client, $"item/{RedStation}");
        using var publicSecond = await GetAsync(client, $"item/{RedStation}");
        using var previewWithoutKey = await GetAsync(client, $"item/{RedStation}", ("Preview", "true"));
        using var previewWithWrongKey = await GetAsync(client, $"item/{RedStation}", ("Preview", "true"), ("Api-Key", "not-the-key"));

        Assert.NotNull(publicSecond.Headers.Age);
        Assert.Equal(HttpStatusCode.Unauthorized, previewWithoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, previewWithWrongKey.StatusCode);
        Assert.Null(previewWithWrongKey.Headers.Age);
    }
}
