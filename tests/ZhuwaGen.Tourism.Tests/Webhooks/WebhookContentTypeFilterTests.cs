using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Webhooks;

/// <summary>Issue 6: a webhook keeps Umbraco's name, description and contentTypeKeys, and fires only for those types.</summary>
public sealed class WebhookContentTypeFilterTests
{
    private static readonly Guid RouteStopType = Guid.Parse("cfe3e19d-794a-425d-9540-4e491c2254b5");
    private static readonly Guid RouteType = Guid.Parse("b37ccc44-226e-4980-8fdf-e9c818860320");
    private static readonly Guid EventType = Guid.Parse("bc8bba9c-6998-46a4-98d5-033ecc9250eb");
    private static readonly Guid ImageType = Guid.Parse("cc07b313-0843-4aa8-bbda-871c8da728c8");
    private static readonly string[] Publish = [WebhookEvents.ContentPublish];

    [Theory]
    [InlineData(true, "Umbraco.ContentPublish", "", null, true)]
    [InlineData(false, "Umbraco.ContentPublish", "", null, false)]
    [InlineData(true, "Umbraco.ContentDelete", "", null, false)]
    [InlineData(true, "umbraco.contentpublish", "", null, true)]
    [InlineData(true, "Umbraco.ContentPublish", "cfe3e19d-794a-425d-9540-4e491c2254b5", "cfe3e19d-794a-425d-9540-4e491c2254b5", true)]
    [InlineData(true, "Umbraco.ContentPublish", "cfe3e19d-794a-425d-9540-4e491c2254b5", "b37ccc44-226e-4980-8fdf-e9c818860320", false)]
    [InlineData(true, "Umbraco.ContentPublish", "b37ccc44-226e-4980-8fdf-e9c818860320,cfe3e19d-794a-425d-9540-4e491c2254b5", "cfe3e19d-794a-425d-9540-4e491c2254b5", true)]
    [InlineData(true, "Umbraco.ContentPublish", "cfe3e19d-794a-425d-9540-4e491c2254b5", null, true)]
    public void Fires_for_subscribed_events_and_filtered_types_only(bool enabled, string eventAlias, string filter, string? typeKey, bool expected)
    {
        var webhook = new WebhookFilterSettings(enabled, Publish, filter.Split(',', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(expected, WebhookFilter.Fires(webhook, eventAlias, typeKey is null ? null : Guid.Parse(typeKey)));
    }

    [Fact]
    public void A_filter_saved_by_alias_before_keys_still_matches_by_alias()
    {
        var webhook = new WebhookFilterSettings(true, Publish, ["routeStop"]);

        Assert.True(WebhookFilter.Fires(webhook, WebhookEvents.ContentPublish, RouteStopType, "RouteStop"));
        Assert.False(WebhookFilter.Fires(webhook, WebhookEvents.ContentPublish, RouteType, "route"));
    }

    [Theory, BothProviders]
    public async Task Name_description_and_content_type_keys_are_kept_and_returned(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database);

        var (created, _) = await host.AddWebhookAsync(new WebhookInput(
            "https://partner.example/hooks", Publish, ["event"], Name: "  Partner app ", Description: "Stops for the partner's map",
            ContentTypeKeys: [RouteStopType, RouteStopType]));
        var read = (await host.WithScopeAsync<WebhookService, WebhookView?>(s => s.GetAsync(created.Id, default)))!;

        Assert.Equal(("Partner app", "Stops for the partner's map"), (read.Name, read.Description));
        Assert.Equal([RouteStopType, EventType], read.ContentTypeKeys);
        Assert.Equal(["routeStop", "event"], read.ContentTypeAliases);

        var updated = await host.WithScopeAsync<WebhookService, WebhookResult>(s => s.UpdateAsync(
            created.Id, new WebhookInput("https://partner.example/hooks", [WebhookEvents.MediaSave], ContentTypeKeys: [ImageType], Name: "Photos"), default));
        Assert.True(updated.Succeeded, updated.Detail);
        Assert.Equal(("Photos", (string?)null), (updated.Webhook!.Name, updated.Webhook.Description));
        Assert.Equal([ImageType], updated.Webhook.ContentTypeKeys);
        Assert.Equal(["Image"], updated.Webhook.ContentTypeAliases);
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-00000000abcd", null, 0, WebhookOperationStatus.InvalidContentTypeKey)]
    [InlineData(null, "noSuchType", 0, WebhookOperationStatus.InvalidContentTypeAlias)]
    [InlineData(null, null, 256, WebhookOperationStatus.InvalidName)]
    public async Task Unknown_types_and_overlong_names_are_refused(string? key, string? alias, int nameLength, WebhookOperationStatus expected)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await WebhookHost.StartAsync(database);

        var result = await host.WithScopeAsync<WebhookService, WebhookResult>(s => s.CreateAsync(
            new WebhookInput(
                "https://partner.example/hooks", Publish, alias is null ? null : [alias], Name: new string('n', nameLength),
                ContentTypeKeys: key is null ? null : [Guid.Parse(key)]),
            default));

        Assert.Equal(expected, result.Status);
        Assert.NotNull(result.Detail);
    }

    [Theory, BothProviders]
    public async Task A_webhook_with_content_type_keys_fires_only_for_content_of_those_types(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, WebhookHost.AllowPrivateTargets);
        var (stopsOnly, _) = await host.AddWebhookAsync(new WebhookInput(receiver.Url, Publish, ContentTypeKeys: [RouteStopType]));
        var (routesAndStops, _) = await host.AddWebhookAsync(new WebhookInput(receiver.Url, Publish, ContentTypeKeys: [RouteType, RouteStopType]));
        var (eventsOnly, _) = await host.AddWebhookAsync(new WebhookInput(receiver.Url, Publish, ContentTypeKeys: [EventType]));
        var (everything, _) = await host.AddWebhookAsync(new WebhookInput(receiver.Url, Publish));

        var (site, route, stops) = await host.PublishTreeAsync(stops: 2);
        await host.FireAsync();

        Assert.Equal(stops.Order(), await SentIdsAsync(host, stopsOnly.Id));
        Assert.Equal(stops.Append(route).Order(), await SentIdsAsync(host, routesAndStops.Id));
        Assert.Empty(await SentIdsAsync(host, eventsOnly.Id));
        Assert.Equal(stops.Append(route).Append(site).Order(), await SentIdsAsync(host, everything.Id));
    }

    private static async Task<IEnumerable<Guid>> SentIdsAsync(WebhookHost host, Guid webhook) =>
        (await host.LogsAsync(webhook))!.Items
            .Select(l => System.Text.Json.JsonDocument.Parse(l.RequestBody).RootElement.GetProperty("id").GetGuid())
            .Order()
            .ToList();
}
