using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Delivery.Querying;
using ZhuwaGen.Tourism.Cms.Delivery.Rendering;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Bench;

/// <summary>
/// Server time of the Delivery API's filtered, sorted list of 10 out of the route's stops, without the output cache:
/// the query engine plus the stored JSON of the ten items, for a different range each time
/// (<c>fetch=children:/sangjiu-baga/&amp;filter=orderOnRoute>:R&amp;sort=orderOnRoute:asc&amp;take=10</c>), and the same
/// right after a publish (the first query on a new snapshot).
/// </summary>
internal static class QueryList
{
    public static async Task RunAsync(string file, int seconds)
    {
        await using var cms = await BenchCms.OpenAsync(file);
        var engine = cms.Services.GetRequiredService<ContentQueryEngine>();
        var store = cms.Services.GetRequiredService<DeliveryContentJsonStore>();
        var snapshots = cms.Services.GetRequiredService<PublishedSnapshotService>();
        var route = snapshots.Current.All.First(d => d.ContentTypeAlias == "route");
        Console.WriteLine($"{snapshots.Current.Count} published items; the route has {snapshots.Current.Children(route.Key).Count} stops");

        double Query(int from)
        {
            var clock = Stopwatch.StartNew();
            var snapshot = snapshots.Current;
            var query = new ContentQuery("children:/sangjiu-baga/", [$"orderOnRoute>:{from}"], ["orderOnRoute:asc"], 0, 10);
            var result = engine.Execute(snapshot, query, "zh-Hans", null);
            var bytes = result.Items.Sum(item => store.Get(snapshot, item.Key, "zh-Hans")?.Utf8.Length ?? 0);
            clock.Stop();
            if (result.Status != ContentQueryStatus.Success || result.Items.Count == 0 || bytes == 0)
            {
                throw new InvalidOperationException($"the list from {from} answered {result.Status} with {result.Items.Count} items");
            }

            return clock.Elapsed.TotalMilliseconds;
        }

        // Every stop's JSON stored once, as a running site's would be; then distinct ranges, none cached.
        for (var from = 1; from < 1000; from += 10)
        {
            Query(from);
        }

        var steady = new List<double>();
        var deadline = Stopwatch.StartNew();
        for (var i = 0; deadline.Elapsed < TimeSpan.FromSeconds(seconds); i++)
        {
            steady.Add(Query(1 + (i * 37 % 990)));
        }

        Report("uncached list of 10, steady", steady);

        var afterPublish = new List<double>();
        var stops = snapshots.Current.Children(route.Key);
        for (var i = 0; i < 200; i++)
        {
            var stop = stops[i * 13 % stops.Count];
            await cms.InScope(sp => sp.GetRequiredService<DocumentService>().SaveDraftAsync(stop.Key,
                new DocumentEdit(new Dictionary<string, string> { ["en"] = $"Renamed stop {i}" }, []), "bench", default));
            await cms.InScope(sp => sp.GetRequiredService<PublishingService>().PublishAsync(stop.Key, ["en"], "bench", default));
            afterPublish.Add(Query(1 + (i * 37 % 990)));
        }

        Report("uncached list of 10, first query after a publish", afterPublish);
    }

    private static void Report(string label, List<double> samples)
    {
        samples.Sort();
        double Percentile(double p) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(p * samples.Count) - 1)];
        Console.WriteLine($"{label}: {samples.Count} queries, p50 {Percentile(0.5):F3} ms, p99 {Percentile(0.99):F3} ms, max {samples[^1]:F3} ms");
    }
}
