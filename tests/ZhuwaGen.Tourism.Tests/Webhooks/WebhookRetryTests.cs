using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Webhooks;

public sealed class WebhookRetryTests
{
    private static readonly string[] Publish = [WebhookEvents.ContentPublish];

    [Theory, BothProviders]
    public async Task A_500_is_retried_one_period_later_and_both_attempts_are_logged(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, WebhookHost.AllowPrivateTargets);
        var (webhook, _) = await host.AddWebhookAsync(new WebhookInput(receiver.Url, Publish, ["routeStop"]));
        await host.PublishTreeAsync(stops: 1);
        receiver.Answer(500, 200);

        Assert.Equal(1, await host.FireAsync());
        Assert.Equal(0, await host.FireAsync());
        host.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, await host.FireAsync());

        Assert.Equal(["0", "1"], receiver.Requests.Select(r => r.Header("umb-webhook-retrycount")));
        Assert.Equal(receiver.Requests[0].Text, receiver.Requests[1].Text);
        Assert.Equal(0, await host.QueuedAsync());
        var logs = (await host.LogsAsync(webhook.Id))!;
        Assert.Equal(2, logs.Total);
        Assert.Equal([(200, 1, true), (500, 0, false)], logs.Items.Select(l => (l.StatusCode!.Value, l.RetryCount, l.IsSuccess)));
    }

    [Theory, BothProviders]
    public async Task After_MaximumRetries_failed_retries_the_request_is_given_up(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.DefaultStatus = 503;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, s =>
        {
            WebhookHost.AllowPrivateTargets(s);
            s["Umbraco:CMS:Webhook:MaximumRetries"] = "2";
        });
        var (webhook, _) = await host.AddWebhookAsync(new WebhookInput(receiver.Url, Publish, ["routeStop"]));
        await host.PublishTreeAsync(stops: 1);
        var start = host.Now;

        Assert.Equal(1, await host.FireAsync());
        Assert.Equal(start.AddSeconds(10), await NextAttemptAsync(host));
        host.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, await host.FireAsync());
        // Backoff doubles: Period × 2^(retry − 1).
        Assert.Equal(host.Now.AddSeconds(20), await NextAttemptAsync(host));
        host.Clock.Advance(TimeSpan.FromSeconds(19));
        Assert.Equal(0, await host.FireAsync());
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await host.FireAsync());

        Assert.Equal(0, await host.QueuedAsync());
        host.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await host.FireAsync());
        Assert.Equal(["0", "1", "2"], receiver.Requests.Select(r => r.Header("umb-webhook-retrycount")));
        var logs = (await host.LogsAsync(webhook.Id))!;
        Assert.Equal(3, logs.Total);
        Assert.All(logs.Items, l => Assert.Equal((503, false), (l.StatusCode!.Value, l.IsSuccess)));
    }

    [Theory, BothProviders]
    public async Task A_receiver_that_does_not_answer_in_time_is_logged_as_an_error_and_retried(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.Delay = TimeSpan.FromSeconds(30);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, s =>
        {
            WebhookHost.AllowPrivateTargets(s);
            s["Umbraco:CMS:Webhook:RequestTimeout"] = "00:00:00.300";
        });
        var (webhook, _) = await host.AddWebhookAsync(new WebhookInput(receiver.Url, Publish, ["routeStop"]));
        await host.PublishTreeAsync(stops: 1);

        Assert.Equal(1, await host.FireAsync());

        var log = Assert.Single((await host.LogsAsync(webhook.Id))!.Items);
        Assert.Null(log.StatusCode);
        Assert.False(log.IsSuccess);
        Assert.StartsWith("No response within", log.Error);
        Assert.Equal(1, await host.QueuedAsync());
    }

    [Theory, BothProviders]
    public async Task A_long_response_body_is_logged_cut_to_1_KB(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        receiver.DefaultStatus = 500;
        receiver.ResponseBody = new string('x', 10_000);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, WebhookHost.AllowPrivateTargets);
        var (webhook, _) = await host.AddWebhookAsync(new WebhookInput(receiver.Url, Publish, ["routeStop"]));
        await host.PublishTreeAsync(stops: 1);

        await host.FireAsync();

        var log = Assert.Single((await host.LogsAsync(webhook.Id))!.Items);
        Assert.Equal(new string('x', 1024), log.ResponseBody);
    }

    [Theory, BothProviders]
    public async Task Replaying_a_logged_delivery_sends_the_same_body_and_event_again(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, WebhookHost.AllowPrivateTargets);
        var (webhook, secret) = await host.AddWebhookAsync(new WebhookInput(receiver.Url, Publish, ["routeStop"]));
        await host.PublishTreeAsync(stops: 1);
        await host.FireAsync();
        var logged = Assert.Single((await host.LogsAsync(webhook.Id))!.Items);

        var status = await host.WithScopeAsync<WebhookOutbox, WebhookOperationStatus>(o => o.ReplayAsync(logged.Id, default));
        Assert.Equal(WebhookOperationStatus.Success, status);
        Assert.Equal(1, await host.FireAsync());

        Assert.Equal(2, receiver.Requests.Count);
        var replayed = receiver.Requests[1];
        Assert.Equal(receiver.Requests[0].Body, replayed.Body);
        Assert.Equal("Umbraco.ContentPublish", replayed.Header("Umb-Webhook-Event"));
        Assert.Equal("0", replayed.Header("umb-webhook-retrycount"));
        Assert.True(WebhookSignature.Verify(secret, replayed.Body, replayed.Header("X-Webhook-Signature")));
        Assert.Equal(2, (await host.LogsAsync(webhook.Id))!.Total);
        Assert.Equal(
            WebhookOperationStatus.NotFound,
            await host.WithScopeAsync<WebhookOutbox, WebhookOperationStatus>(o => o.ReplayAsync(Guid.NewGuid(), default)));
    }

    [Theory, BothProviders]
    public async Task The_log_pages_newest_first(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, WebhookHost.AllowPrivateTargets);
        var (webhook, _) = await host.AddWebhookAsync(new WebhookInput(receiver.Url, Publish, ["routeStop"]));
        var stops = (await host.PublishTreeAsync(stops: 3)).Stops;
        await host.FireAsync();
        foreach (var stop in stops)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(1));
            await host.WithScopeAsync<WebhookOutbox>(o => o.EnqueueAsync(WebhookEvents.ContentPublish, stop, "routeStop", new { id = stop, n = 1 }, default));
            await host.FireAsync();
        }

        var page = await host.WithScopeAsync<WebhookLogQueries, WebhookLogPage?>(q => q.ListAsync(webhook.Id, 1, 2, default));

        Assert.Equal(6, page!.Total);
        Assert.Equal([stops[1], stops[0]], page.Items.Select(i => System.Text.Json.JsonDocument.Parse(i.RequestBody).RootElement.GetProperty("id").GetGuid()));
        Assert.Null(await host.WithScopeAsync<WebhookLogQueries, WebhookLogPage?>(q => q.ListAsync(Guid.NewGuid(), 0, 10, default)));
    }

    private static Task<DateTime> NextAttemptAsync(WebhookHost host) =>
        host.WithScopeAsync<CmsDbContext, DateTime>(db => db.WebhookRequests.Select(r => r.NextAttemptDate).SingleAsync());
}
