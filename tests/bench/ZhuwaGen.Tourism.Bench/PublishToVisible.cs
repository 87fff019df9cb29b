using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Bench;

/// <summary>
/// Publish-to-visible: how long from the start of a publish until the next reader of the published snapshot sees
/// it, with a tree of N stops. The stops sit under routes of at most 1,000 each, as a real tree would, so the
/// figure measures the snapshot's size and not one parent's width.
/// </summary>
internal static class PublishToVisible
{
    private const int StopsPerRoute = 1000;

    public static async Task RunAsync(int stops, int seconds)
    {
        var file = Path.Combine(Path.GetTempPath(), $"zhuwagen-bench-{Guid.NewGuid():N}.db");
        try
        {
            await using var cms = await BenchCms.OpenAsync(file);
            var keys = await BuildTreeAsync(cms, stops);
            var snapshots = cms.Services.GetRequiredService<PublishedSnapshotService>();
            var rebuild = Stopwatch.StartNew();
            await snapshots.RebuildAsync(default);
            Console.WriteLine($"snapshot rebuild from the database: {rebuild.ElapsedMilliseconds} ms for {snapshots.Current.Count} items");
            var samples = await MeasureAsync(cms, snapshots, keys, seconds);
            samples.Sort();
            double Percentile(double p) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(p * samples.Count) - 1)];
            Console.WriteLine($"publish-to-visible over {samples.Count} publishes with {snapshots.Current.Count} items: " +
                $"p50 {Percentile(0.5):F1} ms, p99 {Percentile(0.99):F1} ms, max {samples[^1]:F1} ms");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<List<Guid>> BuildTreeAsync(BenchCms cms, int stops)
    {
        var clock = Stopwatch.StartNew();
        var site = await cms.InScope(sp => sp.GetRequiredService<DocumentService>().CreateAsync(
            new DocumentCreate("site", null, BenchCms.Names("竹瓦根镇", "Zhuwagen"), [new("siteName", "zh-Hans", "竹瓦根镇"), new("siteName", "en", "Zhuwagen")]), "bench", default));
        var keys = new List<Guid>();
        Guid? route = null;
        for (var i = 0; i < stops; i++)
        {
            if (i % StopsPerRoute == 0)
            {
                var created = await cms.InScope(sp => sp.GetRequiredService<DocumentService>().CreateAsync(
                    new DocumentCreate("route", site.Document!.Key, BenchCms.Names($"路线{i / StopsPerRoute + 1}", $"Route {i / StopsPerRoute + 1}"), []), "bench", default));
                route = created.Document!.Key;
            }

            var n = i + 1;
            var stop = await cms.InScope(sp => sp.GetRequiredService<DocumentService>().CreateAsync(
                new DocumentCreate("routeStop", route, BenchCms.Names($"站点{n}", $"Stop {n}"),
                    [new("latitude", null, 28.6), new("longitude", null, 97.4), new("orderOnRoute", null, (i % 999) + 1)]), "bench", default));
            keys.Add(stop.Document?.Key ?? throw new InvalidOperationException($"stop {n}: {stop.Status}"));
            if (n % 1000 == 0)
            {
                Console.WriteLine($"  {n} stops created, {clock.ElapsedMilliseconds} ms");
            }
        }

        await cms.InScope(sp => sp.GetRequiredService<PublishingService>().PublishWithDescendantsAsync(site.Document!.Key, ["*"], true, "bench", default));
        Console.WriteLine($"created and published {keys.Count} stops in {clock.ElapsedMilliseconds} ms");
        return keys;
    }

    private static async Task<List<double>> MeasureAsync(BenchCms cms, PublishedSnapshotService snapshots, List<Guid> keys, int seconds)
    {
        var samples = new List<double>();
        var deadline = Stopwatch.StartNew();
        for (var i = 0; deadline.Elapsed < TimeSpan.FromSeconds(seconds) && i < 2000; i++)
        {
            // Spread over the whole tree: every 7th stop, wrapping.
            var key = keys[i * 7 % keys.Count];
            var name = $"Stop renamed {i}";
            await cms.InScope(sp => sp.GetRequiredService<DocumentService>().SaveDraftAsync(key, new DocumentEdit(new Dictionary<string, string> { ["en"] = name }, []), "bench", default));
            var clock = Stopwatch.StartNew();
            var result = await cms.InScope(sp => sp.GetRequiredService<PublishingService>().PublishAsync(key, ["en"], "bench", default));
            var visible = snapshots.Current.ByKey(key)?.Cultures["en"].Name == name;
            clock.Stop();
            if (!result.Succeeded || !visible)
            {
                throw new InvalidOperationException($"publish {i} was not visible: {result.Status}");
            }

            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        return samples;
    }
}
