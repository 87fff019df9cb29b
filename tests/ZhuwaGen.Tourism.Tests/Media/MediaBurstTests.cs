using System.Diagnostics;
using System.Net;
using ZhuwaGen.Tourism.Cms.Media;

namespace ZhuwaGen.Tourism.Tests.Media;

/// <summary>Measures memory, so it runs alone: other tests' allocations in the same process would blur it.</summary>
[CollectionDefinition(nameof(MeasuresMemory), DisableParallelization = true)]
public sealed class MeasuresMemory;

/// <summary>
/// Issue 7's closing check: a burst of anonymous resize requests with random parameters, many in parallel, makes no
/// file beyond the allowed set and leaves no memory growth behind. Before the bounds, 30 sizes grew the cache by
/// 240 MB and 24 parallel requests took the process from 432 MB to 1.67 GB.
/// </summary>
[Collection(nameof(MeasuresMemory))]
public sealed class MediaBurstTests(MediaSite media) : IClassFixture<MediaSite>
{
    private const int Requests = 400;
    private const int Parallel = 24;

    // Bounds with room for the runtime's own noise; what they guard against is hundreds of megabytes.
    private const long ManagedGrowthBound = 48L * 1024 * 1024;
    private const long WorkingSetGrowthBound = 384L * 1024 * 1024;

    private static readonly string[] Modes = ["crop", "max", "stretch", "pad", "boxpad", "min", "7", ""];
    private static readonly string[] Formats = ["webp", "jpg", "png", "jpeg", "gif", "bmp", ""];
    private static readonly string[] Crops = ["square", "card", "wide", "share", "banner", ""];

    [Fact]
    public async Task A_parallel_burst_of_random_anonymous_resizes_makes_only_allowed_files_and_no_memory_growth()
    {
        var item = await media.UploadAsync(TestImages.Jpeg(1200, 900), "burst-memory.jpg");
        using var client = media.Site.CreateClient();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var random = new Random(11);
        var urls = Enumerable.Range(0, Requests + 40).Select(_ => item.Url + "?" + RandomQuery(random)).ToList();

        // Warm up (JIT, pools, the rate limiter's and the cache's first use) before the baseline.
        await RunAsync(client, urls.Take(40), deadline.Token);
        var (managedBefore, workingSetBefore) = Measure();
        var filesBefore = media.CacheFiles().Length;

        var statuses = await RunAsync(client, urls.Skip(40), deadline.Token);
        var (managedAfter, workingSetAfter) = Measure();
        var files = media.CacheFiles();
        Console.WriteLine($"managed {managedBefore / 1048576} → {managedAfter / 1048576} MB, working set {workingSetBefore / 1048576} → {workingSetAfter / 1048576} MB, cache files {filesBefore} → {files.Length}");

        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.ServiceUnavailable }));
        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.DoesNotContain(files, f => f.EndsWith(".tmp", StringComparison.Ordinal));
        var allowed = MediaImageLimitsTests.AllowedSizes(1200, 900);
        foreach (var file in files)
        {
            using var image = TestImages.Decode(File.ReadAllBytes(file));
            Assert.True(allowed.Contains((image.Width, image.Height)), $"{image.Width}×{image.Height} is not a size the site serves unsigned");
        }

        // Every unsigned variant there can be: each ladder width and the original, plain or per named crop, in three formats.
        var possible = (MediaOptions.DefaultWidths.Count + 1) * (MediaOptions.DefaultCrops.Count + 1) * 3;
        Assert.InRange(files.Length, 1, possible);
        Assert.True(managedAfter - managedBefore < ManagedGrowthBound, $"managed memory grew by {(managedAfter - managedBefore) / 1048576} MB");
        Assert.True(workingSetAfter - workingSetBefore < WorkingSetGrowthBound, $"the working set grew by {(workingSetAfter - workingSetBefore) / 1048576} MB");
    }

    private static async Task<List<HttpStatusCode>> RunAsync(HttpClient client, IEnumerable<string> urls, CancellationToken cancellationToken)
    {
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        await System.Threading.Tasks.Parallel.ForEachAsync(
            urls, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken }, async (url, ct) =>
            {
                using var response = await client.GetAsync(url, ct);
                await response.Content.LoadIntoBufferAsync(ct);
                statuses.Add(response.StatusCode);
            });
        return [.. statuses];
    }

    private static (long Managed, long WorkingSet) Measure()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }

    // Half look like the site's own links (a ladder width, a named crop, a format) so that variants are really made;
    // half are anything at all.
    private static string RandomQuery(Random random)
    {
        var query = new List<string>();
        if (random.Next(2) == 0)
        {
            Sometimes("width", () => MediaOptions.DefaultWidths[random.Next(MediaOptions.DefaultWidths.Count)].ToString(System.Globalization.CultureInfo.InvariantCulture), 3);
            Sometimes("crop", () => MediaOptions.DefaultCrops[random.Next(MediaOptions.DefaultCrops.Count)].Alias, 1);
            Sometimes("format", () => Formats[random.Next(3)], 2);
            return string.Join('&', query);
        }

        Sometimes("width", () => random.Next(2) == 0 ? MediaOptions.DefaultWidths[random.Next(MediaOptions.DefaultWidths.Count)].ToString(System.Globalization.CultureInfo.InvariantCulture) : random.Next(-5, 4200).ToString(System.Globalization.CultureInfo.InvariantCulture), 1);
        Sometimes("height", () => random.Next(-5, 4200).ToString(System.Globalization.CultureInfo.InvariantCulture), 3);
        Sometimes("quality", () => random.Next(-1, 120).ToString(System.Globalization.CultureInfo.InvariantCulture), 4);
        Sometimes("format", () => Formats[random.Next(Formats.Length)], 2);
        Sometimes("mode", () => Modes[random.Next(Modes.Length)], 3);
        Sometimes("rxy", () => $"0.{random.Next(100000)},0.{random.Next(1000)}", 5);
        Sometimes("crop", () => Crops[random.Next(Crops.Length)], 3);
        return string.Join('&', query);

        void Sometimes(string name, Func<string> value, int oneIn)
        {
            if (random.Next(oneIn + 1) > 0)
            {
                query.Add($"{name}={value()}");
            }
        }
    }
}
