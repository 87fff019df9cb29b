using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Search;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Delivery.Querying;

/// <summary>The query endpoint over a site that changes: publishing reaches search, configuration hides types.</summary>
public sealed class ContentQueryIndexingTests
{
    [Theory, BothProviders]
    public async Task A_published_change_is_searchable_at_once(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        var xueni = Guid.Parse(ContentQueryEndpointTests.Xueni);
        var search = site.Services.GetRequiredService<SearchIndex>();
        Assert.Equal(site.Snapshot.Generation, search.Generation);

        var current = site.Snapshot.ByKey(xueni)!;
        var edit = new DocumentEdit(
            new Dictionary<string, string> { ["en"] = "Xueni Peach Blossom Park" },
            [.. current.Values.Where(v => v.Culture is null or "en")]);
        await site.WithScopeAsync<DocumentService>(async s => Assert.True((await s.SaveDraftAsync(xueni, edit, "editor", default)).Succeeded));
        await site.WithScopeAsync<PublishingService>(async s => Assert.True((await s.PublishAsync(xueni, ["en"], "editor", default)).Succeeded));

        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, ContentQueryEndpointTests.Url + "?filter=text:blossom");
        request.Headers.Add("Accept-Language", "en");
        using var response = await client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ContentQueryEndpointTests.Xueni, Assert.Single(json.RootElement.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(site.Snapshot.Generation, search.Generation);
    }

    [Theory, BothProviders]
    public async Task Disallowed_content_types_from_configuration_are_never_returned(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(
            provider,
            new Dictionary<string, string?> { ["Umbraco:CMS:DeliveryApi:DisallowedContentTypeAliases:0"] = "event" });
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient();

        var all = await client.GetStringAsync(ContentQueryEndpointTests.Url + "?take=100");
        var events = await client.GetStringAsync(ContentQueryEndpointTests.Url + "?filter=contentType:event");

        Assert.DoesNotContain("\"event\"", all);
        Assert.Contains("\"routeStop\"", all);
        Assert.Contains("\"total\":0", events);
    }

    [Theory, BothProviders]
    public async Task The_endpoint_is_gone_when_the_delivery_api_is_disabled(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(
            provider, new Dictionary<string, string?> { ["Umbraco:CMS:DeliveryApi:Enabled"] = "false" });
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient();

        using var response = await client.GetAsync(ContentQueryEndpointTests.Url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
