using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Tests.Builders;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Webhooks;

/// <summary>
/// The CMS core with the webhook services (AddCms + AddWebhooks, as the site wires them) over a test database with a
/// fake clock and the repository's umbraco.config. Hosted services do not run: tests drive
/// <see cref="WebhookFiring.RunOnceAsync"/> themselves. A host can be started over the database of a previous one,
/// which is how a restart is tested; the database belongs to whoever created it.
/// </summary>
internal sealed class WebhookHost : IAsyncDisposable
{
    public const string User = "test-admin";

    /// <summary>
    /// For tests that post to a <see cref="LoopbackReceiver"/>: loopback targets are refused unless the host allows them,
    /// as a developer's site would with Umbraco:CMS:Webhook:AllowPrivateTargets.
    /// </summary>
    public static void AllowPrivateTargets(IDictionary<string, string?> settings) =>
        settings[WebhookOptions.SectionName + ":" + nameof(WebhookOptions.AllowPrivateTargets)] = "true";

    private WebhookHost(ServiceProvider services, FakeTimeProvider clock)
    {
        Services = services;
        Clock = clock;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public static async Task<WebhookHost> StartAsync(
        TestDatabase database,
        Action<IDictionary<string, string?>>? configure = null,
        Action<IServiceCollection>? services = null,
        Action<IServiceCollection>? beforeWebhooks = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Cms"] = database.ConnectionString,
        };
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 5, 1, 8, 0, 0, TimeSpan.Zero));
        var collection = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddCms(configuration, CmsTestHost.RepositoryRoot);

        // Modules whose change handlers must run before the webhooks' (as in the site: media, then webhooks).
        beforeWebhooks?.Invoke(collection);
        collection.AddWebhooks();
        services?.Invoke(collection);
        var host = new WebhookHost(collection.BuildServiceProvider(), clock);
        await host.WithScopeAsync<CmsInitializer>(i => i.MigrateAsync(default));
        await host.WithScopeAsync<CmsInitializer>(i => i.ImportSchemaAsync(default));
        await host.Services.GetRequiredService<ChangePipeline>().StartAsync(default);
        return host;
    }

    public async Task<TResult> WithScopeAsync<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task WithScopeAsync<TService>(Func<TService, Task> action)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Creates a webhook and fails the test when that is refused.</summary>
    public async Task<(WebhookView Webhook, string Secret)> AddWebhookAsync(WebhookInput input)
    {
        var result = await WithScopeAsync<WebhookService, WebhookResult>(s => s.CreateAsync(input, default));
        Assert.True(result.Succeeded, $"{result.Status}: {result.Detail}");
        return (result.Webhook!, result.Secret!);
    }

    /// <summary>Site → route → stops, created and published as a branch.</summary>
    public async Task<(Guid Site, Guid Route, IReadOnlyList<Guid> Stops)> PublishTreeAsync(int stops = 1)
    {
        var site = await CreateAsync(DocumentBuilder.Site());
        var route = await CreateAsync(DocumentBuilder.Route(site));
        var keys = new List<Guid>();
        for (var order = 1; order <= stops; order++)
        {
            keys.Add(await CreateAsync(DocumentBuilder.Stop(route, order)));
        }

        var result = await WithScopeAsync<PublishingService, BranchPublishResult>(
            s => s.PublishWithDescendantsAsync(site, ["*"], includeUnpublishedDescendants: true, User, default));
        Assert.True(result.Succeeded);

        // Everything the publish causes has happened, so a webhook added next does not hear of it.
        await Services.GetRequiredService<ChangePipeline>().WaitForIdleAsync(default);
        return (site, route, keys);
    }

    public async Task<Guid> CreateAsync(DocumentBuilder document)
    {
        var result = await WithScopeAsync<DocumentService, DocumentResult>(s => s.CreateAsync(document.Build(), User, default));
        Assert.True(result.Succeeded, $"{result.Status}: {string.Join("; ", result.Errors?.Select(e => e.ToString()) ?? [])}");
        return result.Document!.Key;
    }

    /// <summary>Sends what is due, once the webhooks' change-log consumer has queued every change committed so far.</summary>
    public async Task<int> FireAsync()
    {
        await Services.GetRequiredService<ChangePipeline>().WaitForIdleAsync(default);
        return await Services.GetRequiredService<WebhookFiring>().RunOnceAsync(Now, default);
    }

    /// <summary>The outbox's size, once the webhooks' change-log consumer has queued every change committed so far.</summary>
    public async Task<int> QueuedAsync()
    {
        await Services.GetRequiredService<ChangePipeline>().WaitForIdleAsync(default);
        return await WithScopeAsync<CmsDbContext, int>(db => db.WebhookRequests.CountAsync());
    }

    public Task<WebhookLogPage?> LogsAsync(Guid webhook, int take = 50) =>
        WithScopeAsync<WebhookLogQueries, WebhookLogPage?>(q => q.ListAsync(webhook, 0, take, default));

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
