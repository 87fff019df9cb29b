using System.Net;
using System.Text.RegularExpressions;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Bookings.Calendars;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Bookings;

/// <summary>Calendar sync: the secret export feed parses with Ical.Net and carries no guest data; an imported .ics blocks its nights.</summary>
public sealed partial class CalendarSyncTests
{
    private static readonly string Stay = $"/umbraco/bookings/stays/{Samples.SangjiuCourtyard:D}";

    [Theory, BothProviders]
    public async Task The_export_feed_parses_lists_bookings_and_blocks_without_guest_data_and_a_new_link_revokes_the_old(DatabaseProvider provider)
    {
        await using var inbox = await InboxSite.StartAsync(provider);
        var booking = await inbox.BookAsync(Samples.StandardTwin, checkIn: 40, nights: 2, name: "Private Name");
        using var owner = await inbox.OwnerAsync(Samples.SangjiuCourtyard);
        using var blocked = await owner.PostAsync(Stay + "/blocks", new FormUrlEncodedContent(
            [new("roomType", Samples.FamilyRoom.ToString("D")), new("from", Bodies.Day(43)), new("to", Bodies.Day(46)), new("source", "WeChat")]));
        using var made = await owner.PostAsync(Stay + "/feed", new FormUrlEncodedContent([new("action", "renew")]));
        var url = FeedUrl().Match(await owner.GetStringAsync(Stay)).Value;
        using var anonymous = ManagementClients.NewClient(inbox.Site);
        using var feed = await anonymous.GetAsync(new Uri(url).PathAndQuery);
        var text = await feed.Content.ReadAsStringAsync();
        var calendar = Ical.Net.Calendar.Load(text)!;
        using var renewed = await owner.PostAsync(Stay + "/feed", new FormUrlEncodedContent([new("action", "renew")]));
        using var old = await anonymous.GetAsync(new Uri(url).PathAndQuery);
        using var off = await owner.PostAsync(Stay + "/feed", new FormUrlEncodedContent([new("action", "off")]));

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", feed.Content.Headers.ContentType!.ToString());
        var events = calendar.Events.OfType<CalendarEvent>().OrderBy(e => e.DtStart!.Date).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal((DateOnly.Parse(Bodies.Day(40)), DateOnly.Parse(Bodies.Day(42)), false), (events[0].DtStart!.Date, events[0].DtEnd!.Date, events[0].DtStart!.HasTime));
        Assert.Contains(booking.Reference, events[0].Summary);
        Assert.Equal((DateOnly.Parse(Bodies.Day(43)), DateOnly.Parse(Bodies.Day(46))), (events[1].DtStart!.Date, events[1].DtEnd!.Date));
        Assert.StartsWith("Blocked (WeChat)", events[1].Summary);
        Assert.DoesNotContain("Private Name", text);
        // The guest's phone in any spelling (a bare "138" also turns up inside the events' random UIDs).
        Assert.DoesNotContain("138 0000", text);
        Assert.DoesNotContain("13800000000", text);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal(0, await inbox.FormsDbAsync(db => db.CalendarFeeds.CountAsync(f => f.RevokedUtc == null)));
    }

    [Theory, BothProviders]
    public async Task An_imported_calendar_blocks_its_nights_logs_the_run_and_a_reimport_replaces_it(DatabaseProvider provider)
    {
        await using var inbox = await InboxSite.StartAsync(provider);
        var sold = await inbox.BookAsync(Samples.FamilyRoom, checkIn: 80, nights: 1);
        using var owner = await inbox.OwnerAsync(Samples.SangjiuCourtyard);
        var ics = Calendar(
            Event("airbnb-1", 60, 63, "Reserved"),
            Event("airbnb-1", 60, 63, "Reserved"),
            Event("airbnb-2", 80, 81, "Reserved"),
            Event("airbnb-3", 90, 200, "Airbnb (Not available)"),
            Event("airbnb-4", -10, -8, "Reserved"));

        using var imported = await Import(owner, ics, "Airbnb");
        var page = await owner.GetStringAsync(Stay + "?from=" + Bodies.Day(59));
        var during = await inbox.TryBookAsync(Samples.FamilyRoom, checkIn: 61, nights: 1);
        var log = await inbox.FormsDbAsync(db => db.CalendarSyncLog.AsNoTracking().SingleAsync());
        var blocks = await inbox.FormsDbAsync(db => db.RoomBlocks.AsNoTracking().ToListAsync());

        // The guest on Airbnb cancelled: the next import no longer has the stay, and the nights are free again.
        using var reimported = await Import(owner, Calendar(Event("airbnb-5", 70, 71, "Reserved")), "Airbnb");
        var afterwards = await inbox.TryBookAsync(Samples.FamilyRoom, checkIn: 61, nights: 1);
        using var broken = await Import(owner, "this is not a calendar", "Booking.com");

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Contains("done=imported", imported.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, during);
        var block = Assert.Single(blocks);
        Assert.Equal((DateOnly.Parse(Bodies.Day(60)), 3, BlockSource.Calendar, "Airbnb", "airbnb-1"), (block.FirstNight, block.Nights, block.Source, block.CalendarLabel, block.CalendarUid));
        Assert.Equal((5, 3, 3), (log.EventsRead, log.NightsBlocked, log.EventsSkipped));
        Assert.Contains(Bodies.Day(80), log.Message);
        Assert.Contains("5 events read, 3 nights blocked, 3 skipped", page);
        Assert.Equal(BookingState.Pending, (await inbox.FormsDbAsync(db => db.Bookings.SingleAsync(b => b.Id == sold.Id))).State);
        Assert.Equal(HttpStatusCode.Accepted, afterwards);
        Assert.Equal([DateOnly.Parse(Bodies.Day(70))], await inbox.FormsDbAsync(db => db.RoomBlocks.Select(b => b.FirstNight).ToListAsync()));
        Assert.Contains("error=file", broken.Headers.Location!.OriginalString);
        Assert.True((await inbox.FormsDbAsync(db => db.CalendarSyncLog.SingleAsync(l => l.Label == "Booking.com"))).Failed);
    }

    private static Task<HttpResponseMessage> Import(HttpClient owner, string ics, string label) => owner.PostAsync(Stay + "/import", new MultipartFormDataContent
    {
        { new StringContent(Samples.FamilyRoom.ToString("D")), "roomType" },
        { new StringContent(label), "label" },
        { new StringContent(ics), "file", "calendar.ics" },
    });

    private static string Calendar(params string[] events) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Airbnb Inc//Hosting Calendar 1.0//EN\r\n" + string.Concat(events) + "END:VCALENDAR\r\n";

    private static string Event(string uid, int from, int to, string summary) =>
        $"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART;VALUE=DATE:{Bodies.Day(from).Replace("-", "")}\r\nDTEND;VALUE=DATE:{Bodies.Day(to).Replace("-", "")}\r\nSUMMARY:{summary}\r\nEND:VEVENT\r\n";

    [GeneratedRegex(@"http://[^""]+/umbraco/bookings/feed/[A-Za-z0-9_-]+\.ics")]
    private static partial Regex FeedUrl();
}
