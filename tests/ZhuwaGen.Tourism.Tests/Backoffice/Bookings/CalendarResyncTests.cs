using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Webhooks;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Bookings;

/// <summary>
/// A calendar imported from a URL is read again every <c>Forms:Bookings:CalendarSyncInterval</c> on Forms' clock, from
/// a real HTTP server on loopback whose calendar changes between runs; a failed read keeps the blocks and is retried.
/// </summary>
public sealed class CalendarResyncTests
{
    private const string Label = "Booking.com";
    private static readonly TimeSpan Interval = TimeSpan.FromHours(3);
    private static readonly string Stay = $"/umbraco/bookings/stays/{Samples.SangjiuCourtyard:D}";

    [Theory, BothProviders]
    public async Task A_url_import_is_read_again_each_interval_replacing_its_blocks_and_a_failure_keeps_them(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var calendar = await LoopbackReceiver.StartAsync();
        calendar.ResponseBody = Ics("u1", 30, 32);
        await using var inbox = await InboxSite.StartAsync(provider, new Dictionary<string, string?>
        {
            ["Umbraco:CMS:Webhook:AllowPrivateTargets"] = "true",
            ["Forms:Bookings:CalendarSyncInterval"] = "03:00:00",
        }, services: s => s.AddKeyedSingleton<TimeProvider>(FormsClock.Key, clock));
        using var owner = await inbox.OwnerAsync(Samples.SangjiuCourtyard);
        owner.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        using var imported = await owner.PostAsync(Stay + "/import-url", new FormUrlEncodedContent(
            [new("roomType", Samples.FamilyRoom.ToString("D")), new("label", Label), new("url", calendar.Url)]));
        Assert.Equal(Stay + "?done=subscribed", imported.Headers.Location!.OriginalString);
        Assert.Equal([(Day(30), 2)], await BlocksAsync(inbox));

        // The channel's calendar changes: the first stay cancelled, another booked. Not read before the interval.
        calendar.ResponseBody = Ics("u2", 35, 36);
        clock.Advance(Interval - TimeSpan.FromMinutes(30));
        await Task.Delay(500);
        Assert.Single(calendar.Requests);

        clock.Advance(TimeSpan.FromMinutes(30));
        var second = await WaitForRunAsync(inbox, clock, runs: 2);
        Assert.False(second.Failed);
        Assert.Equal((calendar.Url, 1, Label), (second.Origin, second.NightsBlocked, second.Label));
        Assert.Equal([(Day(35), 1)], await BlocksAsync(inbox));
        Assert.Equal(HttpStatusCode.Accepted, await inbox.TryBookAsync(Samples.FamilyRoom, checkIn: 30, nights: 1));

        // The channel is down: the run is logged as failed and the blocks stay as they were.
        calendar.DefaultStatus = 500;
        clock.Advance(Interval);
        var failed = await WaitForRunAsync(inbox, clock, runs: 3);
        Assert.True(failed.Failed);
        Assert.Contains("500", failed.Message);
        Assert.Equal([(Day(35), 1)], await BlocksAsync(inbox));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, await inbox.TryBookAsync(Samples.FamilyRoom, checkIn: 35, nights: 1));

        // Back up: the next interval reads it again.
        calendar.DefaultStatus = 200;
        calendar.ResponseBody = Ics("u3", 37, 39);
        clock.Advance(Interval);
        var recovered = await WaitForRunAsync(inbox, clock, runs: 4);
        Assert.False(recovered.Failed);
        Assert.Equal([(Day(37), 2)], await BlocksAsync(inbox));

        // The owner sees the subscription on the room-status screen and stops it; nothing is read after.
        var page = await owner.GetStringAsync(Stay);
        Assert.Contains("Calendars kept in sync", page);
        Assert.Contains(calendar.Url, page);
        var id = await inbox.FormsDbAsync(db => db.CalendarSubscriptions.Select(s => s.Id).SingleAsync());
        using var stopped = await owner.PostAsync($"{Stay}/subscriptions/{id:D}/stop", new FormUrlEncodedContent([]));
        Assert.Equal(Stay + "?done=syncStopped", stopped.Headers.Location!.OriginalString);
        var requests = calendar.Requests.Count;
        clock.Advance(Interval + Interval);
        await Task.Delay(500);
        Assert.Equal(requests, calendar.Requests.Count);
        Assert.Equal(4, await inbox.FormsDbAsync(db => db.CalendarSyncLog.CountAsync()));
        Assert.Equal([(Day(37), 2)], await BlocksAsync(inbox));
    }

    [Fact]
    public async Task A_scheduled_read_goes_through_the_same_address_checks_and_another_owner_cannot_stop_it()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var calendar = await LoopbackReceiver.StartAsync();
        calendar.ResponseBody = Ics("u1", 30, 32);
        await using var inbox = await InboxSite.StartAsync(DatabaseProvider.Sqlite,
            services: s => s.AddKeyedSingleton<TimeProvider>(FormsClock.Key, clock));
        using var other = await inbox.OwnerAsync(InboxSite.XiongjiuHomestay);

        // A subscription whose address now points inside the site's network (say, its name was re-pointed).
        var id = Guid.NewGuid();
        await inbox.FormsDbAsync(db =>
        {
            db.CalendarSubscriptions.Add(new CalendarSubscriptionEntity
            {
                Id = id,
                ContentId = Samples.SangjiuCourtyard,
                RoomType = Samples.FamilyRoom,
                Label = Label,
                Url = calendar.Url,
                CreatedBy = "test",
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
                NextRunUtc = clock.GetUtcNow().UtcDateTime,
            });
            return db.SaveChangesAsync();
        });
        var refused = await WaitForRunAsync(inbox, clock, runs: 1);
        using var notTheirs = await other.PostAsync($"{Stay}/subscriptions/{id:D}/stop", new FormUrlEncodedContent([]));
        using var notTheirsOwn = await other.PostAsync($"/umbraco/bookings/stays/{InboxSite.XiongjiuHomestay:D}/subscriptions/{id:D}/stop", new FormUrlEncodedContent([]));

        Assert.True(refused.Failed);
        Assert.Contains("127.0.0.1", refused.Message);
        Assert.Empty(calendar.Requests);
        Assert.Equal(0, await inbox.FormsDbAsync(db => db.RoomBlocks.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notTheirsOwn.StatusCode);
        Assert.Equal(1, await inbox.FormsDbAsync(db => db.CalendarSubscriptions.CountAsync()));
    }

    private static DateOnly Day(int fromToday) => DateOnly.Parse(Bodies.Day(fromToday));

    private static async Task<List<(DateOnly, int)>> BlocksAsync(InboxSite inbox) =>
        (await inbox.FormsDbAsync(db => db.RoomBlocks.AsNoTracking().Where(b => b.CalendarLabel == Label).OrderBy(b => b.FirstNight).ToListAsync()))
        .Select(b => (b.FirstNight, b.Nights)).ToList();

    /// <summary>
    /// Waits for the sync log to hold <paramref name="runs"/> runs and answers the last. The job waits on Forms' clock;
    /// if it had not yet started its wait when the test moved the clock, a one-minute nudge wakes it.
    /// </summary>
    private static async Task<CalendarSyncLogEntity> WaitForRunAsync(InboxSite inbox, FakeTimeProvider clock, int runs)
    {
        for (var attempt = 1; attempt <= 300; attempt++)
        {
            var log = await inbox.FormsDbAsync(db => db.CalendarSyncLog.AsNoTracking().OrderBy(l => l.Id).ToListAsync());
            if (log.Count >= runs)
            {
                Assert.Equal(runs, log.Count);
                return log[^1];
            }

            if (attempt % 10 == 0)
            {
                clock.Advance(TimeSpan.FromMinutes(1));
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The sync log did not reach {runs} runs.");
    }

    private static string Ics(string uid, int from, int to) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTART;VALUE=DATE:" + Bodies.Day(from).Replace("-", "")
        + "\r\nDTEND;VALUE=DATE:" + Bodies.Day(to).Replace("-", "") + "\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}
