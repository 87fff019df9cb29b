using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Webhooks;

public sealed class WebhookDeliveryTests
{
    private static readonly string[] ContentEvents = [WebhookEvents.ContentPublish, WebhookEvents.ContentUnpublish, WebhookEvents.ContentDelete];

    [Theory, BothProviders]
    public async Task Publishing_a_stop_posts_a_signed_request_with_the_event_and_the_stop_id(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, WebhookHost.AllowPrivateTargets);
        var (webhook, secret) = await host.AddWebhookAsync(new WebhookInput(
            receiver.Url, [WebhookEvents.ContentPublish], ["routeStop"], new Dictionary<string, string> { ["Authorization"] = "Bearer partner-token" }));

        var (_, _, stops) = await host.PublishTreeAsync(stops: 1);
        Assert.Equal(1, await host.QueuedAsync());
        Assert.Equal(1, await host.FireAsync());

        var request = Assert.Single(receiver.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/hooks/zhuwagen", request.Path);
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        Assert.Equal("Umbraco.ContentPublish", request.Header("Umb-Webhook-Event"));
        Assert.Equal("0", request.Header("umb-webhook-retrycount"));
        Assert.Matches(@"^ZhuwaGen-Tourism/\d+\.\d+\.\d+\S* \(Umbraco-compatible\)$", request.Header("User-Agent"));
        Assert.Equal("Bearer partner-token", request.Header("Authorization"));
        Assert.StartsWith("sha256=", request.Header("X-Webhook-Signature"));
        Assert.True(WebhookSignature.Verify(secret, request.Body, request.Header("X-Webhook-Signature")));
        Assert.False(WebhookSignature.Verify(secret + "x", request.Body, request.Header("X-Webhook-Signature")));
        Assert.Equal(host.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(), request.Header("X-Webhook-Timestamp"));
        Assert.Equal(stops[0], request.Json.GetProperty("id").GetGuid());

        Assert.Equal(0, await host.QueuedAsync());
        var log = Assert.Single((await host.LogsAsync(webhook.Id))!.Items);
        Assert.True(log.IsSuccess);
        Assert.Equal(200, log.StatusCode);
        Assert.Equal(0, log.RetryCount);
        Assert.Equal(request.Text, log.RequestBody);
        Assert.Equal("ok", log.ResponseBody);
    }

    [Theory, BothProviders]
    public async Task A_webhook_hears_of_the_changes_made_after_it_was_created_even_when_the_consumer_reaches_an_earlier_one_later(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database);
        var (_, _, stops) = await host.PublishTreeAsync(stops: 1);
        var publishedBefore = host.Now;
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.AddWebhookAsync(new WebhookInput("https://partner.example/hooks", [WebhookEvents.ContentPublish]));

        // The webhooks' consumer handles the stop's publication only now (as when it lags behind the change log).
        await HandleAsync(publishedBefore);
        Assert.Equal(0, await host.QueuedAsync());

        await HandleAsync(host.Now);
        Assert.Equal(1, await host.QueuedAsync());

        async Task HandleAsync(DateTime committed)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var change = new ContentChange(ContentChangeKind.Published, [stops[0]], new Dictionary<Guid, string> { [stops[0]] = "routeStop" });
            await host.Services.GetRequiredService<WebhookChangeConsumer>()
                .HandleAsync(new ChangeLogEntry(1, change, null, committed), scope.ServiceProvider, default);
        }
    }

    [Theory, BothProviders]
    public async Task Unpublish_trash_and_delete_carry_the_real_id(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, WebhookHost.AllowPrivateTargets);
        var (_, _, stops) = await host.PublishTreeAsync(stops: 2);
        // Filtered to stops: the deletion must still find the type of an item whose row is gone.
        await host.AddWebhookAsync(new WebhookInput(receiver.Url, ContentEvents, ["routeStop"]));

        var unpublished = await host.WithScopeAsync<PublishingService, PublishResult>(s => s.UnpublishAsync(stops[0], ["*"], WebhookHost.User, default));
        Assert.True(unpublished.Succeeded, unpublished.Status.ToString());
        Assert.Equal(ContentEditingOperationStatus.Success, await host.WithScopeAsync<RecycleBinService, ContentEditingOperationStatus>(
            s => s.TrashAsync(stops[1], WebhookHost.User, default)));
        Assert.Equal(ContentEditingOperationStatus.Success, await host.WithScopeAsync<RecycleBinService, ContentEditingOperationStatus>(
            s => s.DeleteAsync(stops[1], WebhookHost.User, default)));
        Assert.Equal(3, await host.FireAsync());

        var sent = receiver.Requests.Select(r => (Event: r.Header("Umb-Webhook-Event"), Body: r.Text)).OrderBy(r => r.Event).ThenBy(r => r.Body).ToList();
        Assert.Equal(
            new[]
            {
                ("Umbraco.ContentDelete", $"{{\"id\":\"{stops[1]}\"}}"),
                ("Umbraco.ContentUnpublish", $"{{\"id\":\"{stops[0]}\"}}"),
                ("Umbraco.ContentUnpublish", $"{{\"id\":\"{stops[1]}\"}}"),
            }.OrderBy(r => r.Item1).ThenBy(r => r.Item2),
            sent);
        Assert.DoesNotContain(receiver.Requests, r => r.Text.Contains(Guid.Empty.ToString(), StringComparison.Ordinal));
    }

    [Theory, BothProviders]
    public async Task A_disabled_webhook_or_a_non_matching_type_filter_sends_nothing(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, WebhookHost.AllowPrivateTargets);
        await host.AddWebhookAsync(new WebhookInput(receiver.Url, ContentEvents, Enabled: false));
        await host.AddWebhookAsync(new WebhookInput(receiver.Url, ContentEvents, ["story"]));
        await host.AddWebhookAsync(new WebhookInput(receiver.Url, [WebhookEvents.MediaSave]));

        var stop = (await host.PublishTreeAsync(stops: 1)).Stops[0];
        // The deleted stop's type is remembered from its trashing, so the "story" filter still excludes it.
        await host.WithScopeAsync<RecycleBinService, ContentEditingOperationStatus>(s => s.TrashAsync(stop, WebhookHost.User, default));
        await host.WithScopeAsync<RecycleBinService, ContentEditingOperationStatus>(s => s.DeleteAsync(stop, WebhookHost.User, default));

        Assert.Equal(0, await host.QueuedAsync());
        Assert.Equal(0, await host.FireAsync());
        Assert.Empty(receiver.Requests);
    }

    [Theory, BothProviders]
    public async Task A_webhook_disabled_after_queueing_drops_its_request_unsent(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, WebhookHost.AllowPrivateTargets);
        var (webhook, _) = await host.AddWebhookAsync(new WebhookInput(receiver.Url, ContentEvents, ["routeStop"]));
        await host.PublishTreeAsync(stops: 1);
        Assert.Equal(1, await host.QueuedAsync());

        var updated = await host.WithScopeAsync<WebhookService, WebhookResult>(
            s => s.UpdateAsync(webhook.Id, new WebhookInput(receiver.Url, ContentEvents, ["routeStop"], Enabled: false), default));
        Assert.True(updated.Succeeded);

        Assert.Equal(0, await host.FireAsync());
        Assert.Empty(receiver.Requests);
        Assert.Equal(0, await host.QueuedAsync());
    }

    [Theory, BothProviders]
    public async Task A_queued_request_survives_a_restart_and_is_delivered_by_the_next_host(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid stop;
        string secret;
        await using (var first = await WebhookHost.StartAsync(database, WebhookHost.AllowPrivateTargets))
        {
            (_, secret) = await first.AddWebhookAsync(new WebhookInput(receiver.Url, ContentEvents, ["routeStop"]));
            stop = (await first.PublishTreeAsync(stops: 1)).Stops[0];
            Assert.Equal(1, await first.QueuedAsync());
        }

        Assert.Empty(receiver.Requests);
        await using var second = await WebhookHost.StartAsync(database, WebhookHost.AllowPrivateTargets);
        Assert.Equal(1, await second.FireAsync());

        var request = Assert.Single(receiver.Requests);
        Assert.Equal(stop, request.Json.GetProperty("id").GetGuid());
        Assert.True(WebhookSignature.Verify(secret, request.Body, request.Header("X-Webhook-Signature")));
        Assert.Equal(0, await second.QueuedAsync());
    }

    [Theory, BothProviders]
    public async Task Webhooks_switched_off_in_settings_queue_nothing(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, s =>
        {
            WebhookHost.AllowPrivateTargets(s);
            s["Umbraco:CMS:Webhook:Enabled"] = "false";
        });
        await host.AddWebhookAsync(new WebhookInput(receiver.Url, ContentEvents));

        await host.PublishTreeAsync(stops: 1);

        Assert.Equal(0, await host.QueuedAsync());
    }
}
