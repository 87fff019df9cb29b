using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Webhooks;

public sealed class WebhookConfigurationTests
{
    private const string Url = "https://partner.example/hooks";

    public static TheoryData<string, string[], string, WebhookOperationStatus> Refused => new()
    {
        { "/relative/hook", [WebhookEvents.ContentPublish], "", WebhookOperationStatus.InvalidUrl },
        { "ftp://partner.example/hook", [WebhookEvents.ContentPublish], "", WebhookOperationStatus.InvalidUrl },
        { "javascript:alert(1)", [WebhookEvents.ContentPublish], "", WebhookOperationStatus.InvalidUrl },
        { "", [WebhookEvents.ContentPublish], "", WebhookOperationStatus.InvalidUrl },
        { Url, [], "", WebhookOperationStatus.NoEvents },
        { Url, ["Umbraco.ContentPublished"], "", WebhookOperationStatus.UnknownEvent },
        { Url, [WebhookEvents.ContentPublish, "Umbraco.ContentSaved"], "", WebhookOperationStatus.UnknownEvent },
        { Url, [WebhookEvents.ContentPublish], "X-Webhook-Signature", WebhookOperationStatus.InvalidHeader },
        { Url, [WebhookEvents.ContentPublish], "Umb-Webhook-Event", WebhookOperationStatus.InvalidHeader },
        { Url, [WebhookEvents.ContentPublish], "Bad Header", WebhookOperationStatus.InvalidHeader },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Invalid_input_is_refused_and_nothing_is_stored(string url, string[] events, string header, WebhookOperationStatus expected)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await WebhookHost.StartAsync(database);
        var headers = header.Length == 0 ? null : new Dictionary<string, string> { [header] = "v" };

        var result = await host.WithScopeAsync<WebhookService, WebhookResult>(s => s.CreateAsync(new WebhookInput(url, events, null, headers), default));

        Assert.Equal(expected, result.Status);
        Assert.NotNull(result.Detail);
        Assert.Null(result.Secret);
        Assert.Equal(0, await host.WithScopeAsync<CmsDbContext, int>(db => db.Webhooks.CountAsync()));
    }

    [Theory, BothProviders]
    public async Task Create_list_update_rotate_and_delete_round_trip(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database);

        var (created, secret) = await host.AddWebhookAsync(new WebhookInput(
            Url, ["umbraco.contentpublish", WebhookEvents.MediaSave, WebhookEvents.ContentPublish], ["routeStop", "event"],
            new Dictionary<string, string> { ["Authorization"] = "Bearer t" }));
        Assert.Equal([WebhookEvents.ContentPublish, WebhookEvents.MediaSave], created.Events);
        Assert.Equal(["routeStop", "event"], created.ContentTypeAliases);
        Assert.True(created.Enabled);
        var listed = Assert.Single(await host.WithScopeAsync<WebhookService, IReadOnlyList<WebhookView>>(s => s.ListAsync(default)));
        Assert.Equal(created.Id, listed.Id);
        Assert.Equal("Bearer t", listed.Headers["Authorization"]);

        var updated = await host.WithScopeAsync<WebhookService, WebhookResult>(
            s => s.UpdateAsync(created.Id, new WebhookInput("https://partner.example/other", [WebhookEvents.ContentDelete], Enabled: false), default));
        Assert.True(updated.Succeeded);
        Assert.Null(updated.Secret);
        var read = (await host.WithScopeAsync<WebhookService, WebhookView?>(s => s.GetAsync(created.Id, default)))!;
        Assert.Equal(("https://partner.example/other", false), (read.Url, read.Enabled));
        Assert.Equal([WebhookEvents.ContentDelete], read.Events);
        Assert.Empty(read.ContentTypeAliases);
        Assert.Equal(secret, await StoredSecretAsync(host, created.Id));

        var rotated = await host.WithScopeAsync<WebhookService, WebhookResult>(s => s.RotateSecretAsync(created.Id, default));
        Assert.True(rotated.Succeeded);
        Assert.NotEqual(secret, rotated.Secret);
        Assert.Equal(rotated.Secret, await StoredSecretAsync(host, created.Id));

        Assert.Equal(WebhookOperationStatus.Success, await host.WithScopeAsync<WebhookService, WebhookOperationStatus>(s => s.DeleteAsync(created.Id, default)));
        Assert.Equal(WebhookOperationStatus.NotFound, await host.WithScopeAsync<WebhookService, WebhookOperationStatus>(s => s.DeleteAsync(created.Id, default)));
        Assert.Equal(WebhookOperationStatus.NotFound, (await host.WithScopeAsync<WebhookService, WebhookResult>(s => s.RotateSecretAsync(created.Id, default))).Status);
        Assert.Null(await host.WithScopeAsync<WebhookService, WebhookView?>(s => s.GetAsync(created.Id, default)));
    }

    [Theory, BothProviders]
    public async Task EnqueueAsync_queues_a_camelCase_body_for_matching_webhooks_only(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, WebhookHost.AllowPrivateTargets);
        await host.AddWebhookAsync(new WebhookInput(receiver.Url, [WebhookEvents.MediaSave], ["Image"]));
        await host.AddWebhookAsync(new WebhookInput(receiver.Url, [WebhookEvents.MediaDelete]));
        var (other, _) = await host.AddWebhookAsync(new WebhookInput(receiver.Url, [WebhookEvents.MediaSave], ["File"]));
        var key = Guid.NewGuid();

        await host.WithScopeAsync<WebhookOutbox>(o => o.EnqueueAsync("Umbraco.MediaSave", key, "image", new { Id = key, MediaType = "Image" }, default));

        Assert.Equal(1, await host.QueuedAsync());
        Assert.Equal(1, await host.FireAsync());
        var request = Assert.Single(receiver.Requests);
        Assert.Equal("Umbraco.MediaSave", request.Header("Umb-Webhook-Event"));
        Assert.Equal($$"""{"id":"{{key}}","mediaType":"Image"}""", request.Text);
        Assert.Empty((await host.LogsAsync(other.Id))!.Items);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            host.WithScopeAsync<WebhookOutbox>(o => o.EnqueueAsync("Umbraco.MediaMoved", key, null, new { Id = key }, default)));
    }

    [Theory, BothProviders]
    public async Task Deleting_a_webhook_drops_its_queued_requests(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, WebhookHost.AllowPrivateTargets);
        var (webhook, _) = await host.AddWebhookAsync(new WebhookInput(receiver.Url, [WebhookEvents.MediaDelete]));
        await host.WithScopeAsync<WebhookOutbox>(o => o.EnqueueAsync(WebhookEvents.MediaDelete, Guid.NewGuid(), null, new { Id = Guid.NewGuid() }, default));
        Assert.Equal(1, await host.QueuedAsync());

        await host.WithScopeAsync<WebhookService, WebhookOperationStatus>(s => s.DeleteAsync(webhook.Id, default));

        Assert.Equal(0, await host.QueuedAsync());
        Assert.Equal(0, await host.FireAsync());
        Assert.Empty(receiver.Requests);
    }

    private static Task<string> StoredSecretAsync(WebhookHost host, Guid key) =>
        host.WithScopeAsync<CmsDbContext, string>(db => db.Webhooks.Where(w => w.Key == key).Select(w => w.Secret).SingleAsync());
}
