using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Forms.Bookings;

/// <summary>Fifty guests ask for the last room at once: the database lets exactly one have it.</summary>
public sealed class BookingConcurrencyTests(ITestOutputHelper output)
{
    private const int Requests = 50;

    [Theory, BothProviders]
    public async Task Fifty_parallel_requests_for_the_last_room_make_exactly_one_booking(DatabaseProvider provider)
    {
        await using var site = await FormsSite.StartAsync(provider);
        var clock = Stopwatch.StartNew();
        var statuses = await Task.WhenAll(Enumerable.Range(0, Requests).Select(async _ =>
        {
            using var response = await site.PostEntryAsync(Samples.GuesthouseStay, Bodies.Stay(Samples.FamilyRoom, checkIn: 50, nights: 2));
            return response.StatusCode;
        }));
        output.WriteLine($"{provider}: {Requests} requests in {clock.ElapsedMilliseconds} ms: " +
            string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{(int)g.Key}×{g.Count()}")));

        await AssertOneWinnerAsync(site, statuses);
    }

    [Fact]
    public async Task Two_app_instances_on_one_postgresql_never_overbook_the_last_room()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var first = await FormsSite.StartAsync(DatabaseProvider.Postgres, shared: database);
        await using var second = await FormsSite.StartAsync(DatabaseProvider.Postgres, shared: database);
        var clock = Stopwatch.StartNew();
        var statuses = await Task.WhenAll(Enumerable.Range(0, Requests).Select(async i =>
        {
            using var response = await (i % 2 == 0 ? first : second).PostEntryAsync(Samples.GuesthouseStay, Bodies.Stay(Samples.FamilyRoom, checkIn: 60, nights: 3));
            return response.StatusCode;
        }));
        output.WriteLine($"Two instances: {Requests} requests in {clock.ElapsedMilliseconds} ms: " +
            string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{(int)g.Key}×{g.Count()}")));

        await AssertOneWinnerAsync(first, statuses);
    }

    private static async Task AssertOneWinnerAsync(FormsSite site, HttpStatusCode[] statuses)
    {
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Accepted));
        Assert.Equal(Requests - 1, statuses.Count(s => s == HttpStatusCode.UnprocessableEntity));
        var (bookings, perNight) = await site.WithFormsDbAsync(async db => (
            await db.Bookings.CountAsync(),
            await db.InventoryHolds.GroupBy(h => new { h.Resource, h.Night }).Select(g => g.Count()).ToListAsync()));
        Assert.Equal(1, bookings);
        Assert.All(perNight, count => Assert.Equal(1, count));
        Assert.Equal(1, await site.WithFormsDbAsync(db => db.Entries.CountAsync()));
    }
}
