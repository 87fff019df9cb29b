using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Publishing;

// Publish-to-visible: how long from the start of a publish until the next reader of the published snapshot sees
// it, with a tree of N stops. Usage: dotnet run -c Release --project tests/bench/ZhuwaGen.Tourism.Bench [stops] [seconds]
// `ceiling FILE PORT` instead serves FILE's bytes from a bare Kestrel endpoint (tests/bench/delivery.sh).
if (args is ["ceiling", var ceilingFile, var ceilingPort])
{
    await ZhuwaGen.Tourism.Bench.Ceiling.RunAsync(ceilingFile, int.Parse(ceilingPort));
    return;
}

var stops = args.Length > 0 ? int.Parse(args[0]) : 1000;
var seconds = args.Length > 1 ? int.Parse(args[1]) : 30;
var file = Path.Combine(Path.GetTempPath(), $"zhuwagen-bench-{Guid.NewGuid():N}.db");
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ConnectionStrings:Cms"] = $"Data Source={file}",
}).Build();
await using var services = new ServiceCollection()
    .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
    .AddSingleton<IConfiguration>(configuration)
    .AddCms(configuration, ApplicationRoot.Find())
    .BuildServiceProvider();

async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> action)
{
    await using var scope = services.CreateAsyncScope();
    return await action(scope.ServiceProvider);
}

static Dictionary<string, string> Names(string zh, string en) => new() { ["zh-Hans"] = zh, ["en"] = en };

await InScope(async sp =>
{
    var initializer = sp.GetRequiredService<CmsInitializer>();
    await initializer.MigrateAsync(default);
    await initializer.ImportSchemaAsync(default);
    return 0;
});
await services.GetRequiredService<ChangePipeline>().StartAsync(default);

var site = await InScope(sp => sp.GetRequiredService<DocumentService>().CreateAsync(
    new DocumentCreate("site", null, Names("竹瓦根镇", "Zhuwagen"), [new("siteName", "zh-Hans", "竹瓦根镇"), new("siteName", "en", "Zhuwagen")]), "bench", default));
var route = await InScope(sp => sp.GetRequiredService<DocumentService>().CreateAsync(
    new DocumentCreate("route", site.Document!.Key, Names("路线", "Route"), []), "bench", default));
var keys = new List<Guid>();
var build = Stopwatch.StartNew();
for (var i = 1; i <= stops; i++)
{
    var stop = await InScope(sp => sp.GetRequiredService<DocumentService>().CreateAsync(
        new DocumentCreate("routeStop", route.Document!.Key, Names($"站点{i}", $"Stop {i}"),
            [new("latitude", null, 28.6), new("longitude", null, 97.4), new("orderOnRoute", null, ((i - 1) % 999) + 1)]), "bench", default));
    keys.Add(stop.Document?.Key ?? throw new InvalidOperationException($"stop {i}: {stop.Status}"));
}

await InScope(sp => sp.GetRequiredService<PublishingService>().PublishWithDescendantsAsync(site.Document!.Key, ["*"], true, "bench", default));
Console.WriteLine($"created and published {stops + 2} items in {build.ElapsedMilliseconds} ms");

var snapshots = services.GetRequiredService<PublishedSnapshotService>();
var rebuild = Stopwatch.StartNew();
await snapshots.RebuildAsync(default);
Console.WriteLine($"snapshot rebuild from the database: {rebuild.ElapsedMilliseconds} ms for {snapshots.Current.Count} items");

var samples = new List<double>();
var deadline = Stopwatch.StartNew();
for (var i = 0; deadline.Elapsed < TimeSpan.FromSeconds(seconds) && i < 2000; i++)
{
    var key = keys[i % keys.Count];
    var name = $"Stop renamed {i}";
    await InScope(sp => sp.GetRequiredService<DocumentService>().SaveDraftAsync(key, new DocumentEdit(new Dictionary<string, string> { ["en"] = name }, []), "bench", default));
    var clock = Stopwatch.StartNew();
    var result = await InScope(sp => sp.GetRequiredService<PublishingService>().PublishAsync(key, ["en"], "bench", default));
    var visible = snapshots.Current.ByKey(key)?.Cultures["en"].Name == name;
    clock.Stop();
    if (!result.Succeeded || !visible)
    {
        throw new InvalidOperationException($"publish {i} was not visible: {result.Status}");
    }

    samples.Add(clock.Elapsed.TotalMilliseconds);
}

samples.Sort();
double Percentile(double p) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(p * samples.Count) - 1)];
Console.WriteLine($"publish-to-visible over {samples.Count} publishes with {stops + 2} items: p50 {Percentile(0.5):F1} ms, p99 {Percentile(0.99):F1} ms, max {samples[^1]:F1} ms");
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
File.Delete(file);
