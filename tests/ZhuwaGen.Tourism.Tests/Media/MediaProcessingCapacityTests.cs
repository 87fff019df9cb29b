using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Media.Imaging;

namespace ZhuwaGen.Tourism.Tests.Media;

/// <summary>How much image work the site takes on: one decode per picture, a bounded queue, a per-client limit, a disk quota.</summary>
public sealed class MediaProcessingCapacityTests
{
    [Fact]
    public async Task Identical_requests_in_flight_share_one_decode()
    {
        await using var media = await MediaSite.StartAsync(new Dictionary<string, string?>
        {
            ["Cms:Media:MaxConcurrentProcessing"] = "1",
            ["Cms:Media:ProcessingQueueLimit"] = "16",
        });
        var item = await media.UploadAsync(TestImages.Jpeg(1200, 900), "popular.jpg");
        using var client = media.Site.CreateClient();
        var limiter = media.Site.Services.GetRequiredService<ImageWorkLimiter>();

        // Holding the only slot keeps the first request's work waiting while the others arrive.
        var slot = await limiter.AcquireAsync(default);
        Assert.True(slot.IsAcquired);
        var requests = Enumerable.Range(0, 8).Select(_ => client.GetAsync($"{item.Url}?width=640&format=webp")).ToList();
        await WaitUntilAsync(() => media.Processor.JoinedCount == 7, () => $"{media.Processor.JoinedCount} of 7 requests joined");
        Assert.Equal(0, media.Processor.ProcessedCount);
        slot.Dispose();
        var responses = await Task.WhenAll(requests);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsByteArrayAsync()));
        Assert.All(bodies, b => Assert.Equal(bodies[0], b));
        Assert.Equal(1, media.Processor.ProcessedCount);
        Assert.Single(media.CacheFiles());
    }

    [Fact]
    public async Task A_full_queue_answers_503_with_retry_after_and_cached_sizes_are_still_served()
    {
        await using var media = await MediaSite.StartAsync(new Dictionary<string, string?>
        {
            ["Cms:Media:MaxConcurrentProcessing"] = "1",
            ["Cms:Media:ProcessingQueueLimit"] = "0",
        });
        var item = await media.UploadAsync(TestImages.Jpeg(800, 600), "busy.jpg");
        using var client = media.Site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{item.Url}?width=320")).StatusCode);
        var limiter = media.Site.Services.GetRequiredService<ImageWorkLimiter>();

        using (var slot = await limiter.AcquireAsync(default))
        {
            Assert.True(slot.IsAcquired);
            using var busy = await client.GetAsync($"{item.Url}?width=480");
            using var cached = await client.GetAsync($"{item.Url}?width=320");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal("application/problem+json", busy.Content.Headers.ContentType!.MediaType);
            Assert.NotNull(busy.Headers.RetryAfter);
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{item.Url}?width=480")).StatusCode);
    }

    [Fact]
    public async Task An_anonymous_client_that_asks_for_too_many_new_sizes_gets_429()
    {
        await using var media = await MediaSite.StartAsync(new Dictionary<string, string?>
        {
            ["Cms:Media:AnonymousProcessingPerMinute"] = "2",
        });
        var item = await media.UploadAsync(TestImages.Jpeg(800, 600), "greedy.jpg");
        using var client = media.Site.CreateClient();

        using var first = await client.GetAsync($"{item.Url}?width=160");
        using var second = await client.GetAsync($"{item.Url}?width=320");
        using var third = await client.GetAsync($"{item.Url}?width=480");
        using var cached = await client.GetAsync($"{item.Url}?width=160");
        using var original = await client.GetAsync(item.Url);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(third.Headers.RetryAfter);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (cached.StatusCode, original.StatusCode));
    }

    [Fact]
    public async Task The_disk_cache_stays_within_its_quota()
    {
        await using var media = await MediaSite.StartAsync(new Dictionary<string, string?>
        {
            ["Cms:Media:CacheQuotaMegabytes"] = "0.1",
        });
        var item = await media.UploadAsync(HostileImages.Noise(400, 300), "noise.png");
        using var client = media.Site.CreateClient();
        var quota = (long)(0.1 * 1024 * 1024);
        long made = 0;

        foreach (var query in new[] { "width=160", "width=320", "width=160&format=webp", "width=320&format=jpg", "crop=square", "crop=card" })
        {
            using var response = await client.GetAsync($"{item.Url}?{query}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            made += response.Content.Headers.ContentLength!.Value;
            var files = media.CacheFiles();
            Assert.True(files.Sum(f => new FileInfo(f).Length) <= quota || files.Length == 1, $"{files.Length} files over the quota after {query}");
        }

        Assert.True(made > quota, "the test made too little to fill the quota");
    }

    [Fact]
    public void Eviction_deletes_the_least_recently_used_variant_first()
    {
        var folder = Path.Combine(Path.GetTempPath(), "zhuwagen-quota-" + Guid.NewGuid().ToString("N"));
        try
        {
            var quota = new ImageCacheQuota(new CmsPaths(folder), Options.Create(new MediaOptions { CacheRoot = folder, CacheQuotaMegabytes = 3500.0 / 1024 / 1024 }), NullLogger<ImageCacheQuota>.Instance);
            Directory.CreateDirectory(folder);
            string Make(string name)
            {
                var file = Path.Combine(folder, name);
                File.WriteAllBytes(file, new byte[1000]);
                quota.Added(file, 1000);
                return file;
            }

            var a = Make("a.jpg");
            var b = Make("b.jpg");
            var c = Make("c.jpg");
            quota.Touch(a);
            var d = Make("d.jpg");
            quota.Touch(a);
            var e = Make("e.jpg");

            // First in, first out would have deleted a and b; least recently used deletes b, then c.
            Assert.Equal((true, false, false, true, true), (File.Exists(a), File.Exists(b), File.Exists(c), File.Exists(d), File.Exists(e)));
            Assert.Equal(3000, quota.TotalBytes);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Generous: on a loaded machine the requests can take a while to reach the processor.
    private static async Task WaitUntilAsync(Func<bool> condition, Func<string> state)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, state());
            await Task.Delay(20);
        }
    }
}
