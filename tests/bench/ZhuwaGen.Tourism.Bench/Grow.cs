using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Bench;

/// <summary>
/// Grows a database the site has seeded: N more stops under the seeded route and N more events under the event
/// list, each with Chinese and English text, all published. tests/bench/startup.sh and memory.sh measure on it.
/// </summary>
internal static class Grow
{
    public static async Task RunAsync(string file, int stops, int events)
    {
        await using var cms = await BenchCms.OpenAsync(file);
        var snapshot = cms.Services.GetRequiredService<PublishedSnapshotService>().Current;
        var route = snapshot.All.First(i => i.ContentTypeAlias == "route");
        var eventList = snapshot.All.First(i => i.ContentTypeAlias == "eventList");
        var clock = Stopwatch.StartNew();
        for (var i = 1; i <= stops; i++)
        {
            await CreateAsync(cms, new DocumentCreate("routeStop", route.Key, BenchCms.Names($"测试站点{i}", $"Test stop {i}"),
            [
                new("latitude", null, 28.5 + (i % 100) / 1000.0), new("longitude", null, 97.3 + (i % 100) / 1000.0),
                new("orderOnRoute", null, ((i + 5) % 999) + 1), new("distanceFromPreviousKm", null, 1.5 + i % 7),
                new("travelMinutesFromPrevious", null, 5 + i % 40), new("activities", null, new Newtonsoft.Json.Linq.JArray("sightseeing-picking")),
                new("openingHours", "zh-Hans", "每天 9:00–18:00"), new("openingHours", "en", "Daily 9:00–18:00"),
                new("summary", "zh-Hans", $"第{i}个测试站点，位于察隅河谷，可以采摘水果、参观合作社。"),
                new("summary", "en", $"Test stop {i} in the Chayu valley: fruit picking and a cooperative shop."),
                new("body", "zh-Hans", $"## 站点{i}\n\n沿着桑久—巴嘎线路，游客可以在这里休息、品尝当地的特色农产品。"),
                new("body", "en", $"## Stop {i}\n\nAlong the Sangjiu–Baga route visitors rest here and taste local produce."),
            ]));
        }

        for (var i = 1; i <= events; i++)
        {
            var start = new DateTimeOffset(2027, 1, 1, 10, 0, 0, TimeSpan.FromHours(8)).AddDays(i % 365);
            await CreateAsync(cms, new DocumentCreate("event", eventList.Key, BenchCms.Names($"测试活动{i}", $"Test event {i}"),
            [
                new("startDate", null, start.ToString("yyyy-MM-ddTHH:mm:sszzz")),
                new("endDate", null, start.AddHours(3).ToString("yyyy-MM-ddTHH:mm:sszzz")),
                new("capacity", null, 20 + i % 80),
                new("summary", "zh-Hans", $"第{i}场测试活动：丰收节、篝火晚会和民族歌舞。"),
                new("summary", "en", $"Test event {i}: harvest festival, bonfire evening and folk dances."),
            ]));
        }

        Console.WriteLine($"created {stops} stops and {events} events in {clock.ElapsedMilliseconds} ms");
        clock.Restart();
        var root = snapshot.Roots[0];
        var result = await cms.InScope(sp => sp.GetRequiredService<PublishingService>().PublishWithDescendantsAsync(root.Key, ["*"], true, "bench", default));
        Console.WriteLine($"published {result.Items.Count(i => i.Result.Succeeded)} items in {clock.ElapsedMilliseconds} ms");

        // The durable consumers (redirects, webhooks) catch up before the process ends, as a running site's would;
        // otherwise the next start would replay them and the start-up bench would measure that.
        await cms.Services.GetRequiredService<ChangePipeline>().WaitForIdleAsync(default, TimeSpan.FromMinutes(10));
    }

    private static async Task CreateAsync(BenchCms cms, DocumentCreate create)
    {
        var created = await cms.InScope(sp => sp.GetRequiredService<DocumentService>().CreateAsync(create, "bench", default));
        if (created.Document is null)
        {
            throw new InvalidOperationException($"{create.Names["en"]}: {created.Status} {string.Join("; ", created.Errors?.Select(e => e.ToString()) ?? [])}");
        }
    }
}
