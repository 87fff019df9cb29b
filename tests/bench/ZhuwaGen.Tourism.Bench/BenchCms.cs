using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Delivery;
using ZhuwaGen.Tourism.Cms.Delivery.Querying;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Media;

namespace ZhuwaGen.Tourism.Bench;

/// <summary>The CMS services on one SQLite file, migrated, with the schema imported and the change pipeline running.</summary>
internal sealed class BenchCms : IAsyncDisposable
{
    private BenchCms(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public static async Task<BenchCms> OpenAsync(string file)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Cms"] = $"Data Source={file}",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration)
            .AddCms(configuration, ApplicationRoot.Find())
            .AddMedia()
            .AddDeliveryApi()
            .AddDeliveryContentQuery()
            .BuildServiceProvider();
        var cms = new BenchCms(services);
        await cms.InScope(async sp =>
        {
            var initializer = sp.GetRequiredService<CmsInitializer>();
            await initializer.MigrateAsync(default);
            await initializer.ImportSchemaAsync(default);
            return 0;
        });
        await services.GetRequiredService<ChangePipeline>().StartAsync(default);
        return cms;
    }

    public async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public static Dictionary<string, string> Names(string zh, string en) => new() { ["zh-Hans"] = zh, ["en"] = en };

    public async ValueTask DisposeAsync()
    {
        await Services.GetRequiredService<ChangePipeline>().StopAsync();
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
