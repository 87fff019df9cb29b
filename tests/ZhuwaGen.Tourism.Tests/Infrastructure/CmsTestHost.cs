using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Tests.Infrastructure;

/// <summary>
/// The CMS core wired as the site wires it (AddCms), over a fresh database, with a fake clock. Use
/// <see cref="StartAsync(DatabaseProvider, ContentSchema?, bool, Action{IDictionary{string, string?}}?, Action{IServiceCollection}?)"/> with a schema from the builders, or without one to import
/// the repository's umbraco.config.
/// </summary>
public sealed class CmsTestHost : IAsyncDisposable
{
    public const string User = "test-editor";

    private CmsTestHost(TestDatabase database, ServiceProvider services, FakeTimeProvider clock)
    {
        Database = database;
        Services = services;
        Clock = clock;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public PublishedSnapshot Snapshot => Services.GetRequiredService<PublishedSnapshotService>().Current;

    public static string RepositoryRoot => ApplicationRoot.Find(AppContext.BaseDirectory);

    /// <param name="configure">Adds or overrides settings (e.g. "Cms:Schema:File", "Cms:ScheduledPublishing:Interval").</param>
    /// <param name="services">Adds or replaces services after AddCms (interceptors, change consumers).</param>
    public static async Task<CmsTestHost> StartAsync(
        DatabaseProvider provider,
        ContentSchema? schema = null,
        bool allowDataLoss = false,
        Action<IDictionary<string, string?>>? configure = null,
        Action<IServiceCollection>? services = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Cms"] = database.ConnectionString,
            ["Cms:Schema:AllowDataLoss"] = allowDataLoss.ToString(),
        };
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 5, 1, 8, 0, 0, TimeSpan.Zero));
        var collection = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddCms(configuration, RepositoryRoot);
        services?.Invoke(collection);
        var provided = collection.BuildServiceProvider();
        var host = new CmsTestHost(database, provided, clock);

        await host.WithScopeAsync<CmsInitializer>(i => i.MigrateAsync(default));
        if (schema is null)
        {
            await host.WithScopeAsync<CmsInitializer>(i => i.ImportSchemaAsync(default));
        }
        else
        {
            var result = await host.WithScopeAsync<SchemaImporter, SchemaImportResult>(i => i.ImportAsync(schema, allowDataLoss, default));
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Refusals));
            }
        }

        await provided.GetRequiredService<ChangePipeline>().StartAsync(default);
        return host;
    }

    /// <summary>Runs <paramref name="action"/> with a service from a new scope, as one request would.</summary>
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

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
