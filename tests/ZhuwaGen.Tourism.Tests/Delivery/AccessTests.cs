using System.Net;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Delivery.DeliveryHttp;

namespace ZhuwaGen.Tourism.Tests.Delivery;

/// <summary>Api-Key, Preview, PublicAccess, Enabled and DisallowedContentTypeAliases (contract §1.2, §1.8).</summary>
public sealed class AccessTests
{
    [Theory, BothProviders]
    public async Task Preview_needs_the_api_key_and_then_shows_the_draft(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider, DeliverySites.Settings());
        await using var _ = database;
        await using var __ = site;
        await site.WithScopeAsync<DocumentService>(async documents =>
        {
            var edit = new DocumentEdit(new Dictionary<string, string> { ["en"] = "Plan Your Trip (draft)" }, []);
            Assert.True((await documents.SaveDraftAsync(Plan, edit, "editor", default)).Succeeded);
        });
        using var client = site.CreateClient();

        using var withoutKey = await GetAsync(client, $"item/{Plan}", ("Preview", "true"), ("Accept-Language", "en"));
        using var wrongKey = await GetAsync(client, $"item/{Plan}", ("Preview", "true"), ("Api-Key", "nope"));
        var published = await JsonAsync(client, $"item/{Plan}", ("Accept-Language", "en"));
        var draft = await JsonAsync(client, $"item/{Plan}", ("Preview", "true"), ("Api-Key", DeliverySites.ApiKey), ("Accept-Language", "en"));
        var draftByRoute = await JsonAsync(client, "item/plan/", ("Preview", "true"), ("Api-Key", DeliverySites.ApiKey), ("Accept-Language", "en"));
        var draftByPreviewPath = await JsonAsync(client, $"item/preview-{Plan}", ("Preview", "true"), ("Api-Key", DeliverySites.ApiKey), ("Accept-Language", "en"));

        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal("application/problem+json", withoutKey.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal("Plan Your Trip", (string)published["name"]!);
        Assert.Equal("Plan Your Trip (draft)", (string)draft["name"]!);
        Assert.Equal("Plan Your Trip (draft)", (string)draftByRoute["name"]!);
        Assert.Equal("Plan Your Trip (draft)", (string)draftByPreviewPath["name"]!);
    }

    [Theory, BothProviders]
    public async Task Without_public_access_every_request_needs_the_api_key(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(
            provider, DeliverySites.Settings(("Umbraco:CMS:DeliveryApi:PublicAccess", "false")));
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient();

        using var anonymous = await GetAsync(client, $"item/{Route}");
        using var anonymousItems = await GetAsync(client, $"items?id={Route}");
        using var keyed = await GetAsync(client, $"item/{Route}", ("Api-Key", DeliverySites.ApiKey));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousItems.StatusCode);
        Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
    }

    [Theory, BothProviders]
    public async Task A_disabled_api_answers_404(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(
            provider, DeliverySites.Settings(("Umbraco:CMS:DeliveryApi:Enabled", "false")));
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient();

        using var response = await GetAsync(client, $"item/{Route}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory, BothProviders]
    public async Task Disallowed_content_types_are_never_exposed(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(
            provider,
            DeliverySites.Settings(("Umbraco:CMS:DeliveryApi:DisallowedContentTypeAliases:0", "routeStop")));
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient();

        using var byId = await GetAsync(client, $"item/{RedStation}");
        using var byRoute = await GetAsync(client, "item/sangjiu-baga/sangjiu-red-station/");
        var items = await JsonAsync(client, $"items?id={RedStation}&id={Route}");
        var festival = await JsonAsync(client, $"item/{PickingFestival}?expand=properties[$all]");
        var notice = await JsonAsync(client, $"item/{BorderNotice}");

        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byRoute.StatusCode);
        Assert.Equal([Route.ToString()], items.AsArray().Select(i => (string)i!["id"]!));
        Assert.Null(festival["properties"]!["venue"]);
        Assert.Empty(notice["properties"]!["affectedStops"]!.AsArray());
    }
}
