using System.Net;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Forms.Bookings.Calendars;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Bookings;

/// <summary>
/// Owner isolation: every inbox route, for a booking, block and feed of Sangjiu Courtyard, asked by its owner, by the
/// owner of another guesthouse, by an administrator, by an editor and anonymously. Another owner gets 404 — the same
/// answer as for something that does not exist — and changes nothing; an editor or a writer, signed in but without a
/// bookings tab, gets 403 with a page in their language saying whose screen it is (the owners' binding screen says
/// the same to an owner), and anonymous callers go to sign-in.
/// </summary>
public sealed class InboxIsolationTests
{
    private enum Who
    {
        Own,
        Other,
        Admin,
        Editor,
        Anonymous,
        Writer,
    }

    [Theory, BothProviders]
    public async Task Every_inbox_route_answers_each_caller_as_the_matrix_says(DatabaseProvider provider)
    {
        await using var inbox = await InboxSite.StartAsync(provider);
        var booking = await inbox.BookAsync(Samples.StandardTwin, name: "Matrix Guest");
        var clients = new Dictionary<Who, HttpClient>
        {
            [Who.Own] = await inbox.OwnerAsync(Samples.SangjiuCourtyard),
            [Who.Other] = await inbox.OwnerAsync(InboxSite.XiongjiuHomestay),
            [Who.Admin] = await inbox.AsAsync(UserRoles.Admin),
            [Who.Editor] = await inbox.AsAsync(UserRoles.Editor),
            [Who.Anonymous] = ManagementClients.NewClient(inbox.Site),
            [Who.Writer] = await BackofficeClients.InChineseAsync(inbox.Site, UserRoles.Writer),
        };
        var ownerKey = await inbox.Site.WithDbAsync(db => db.Users.Where(u => u.Role == UserRoles.GuesthouseOwner).Select(u => u.Key).FirstAsync());
        var stay = $"/umbraco/bookings/stays/{Samples.SangjiuCourtyard:D}";
        var roomType = Samples.StandardTwin.ToString("D");
        var blockDay = Bodies.Day(60);
        using (var made = await Post(clients[Who.Own], stay + "/blocks", new() { ["roomType"] = roomType, ["from"] = blockDay, ["source"] = "Phone" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        }

        var block = await inbox.FormsDbAsync(db => db.RoomBlocks.SingleAsync());
        var subscription = new CalendarSubscriptionEntity
        {
            Id = Guid.NewGuid(),
            ContentId = Samples.SangjiuCourtyard,
            RoomType = Samples.FamilyRoom,
            Label = "Ctrip",
            Url = "https://calendar.example/ctrip.ics",
            CreatedBy = "matrix",
            NextRunUtc = DateTime.UtcNow.AddHours(3),
        };
        await inbox.FormsDbAsync(db =>
        {
            db.CalendarSubscriptions.Add(subscription);
            return db.SaveChangesAsync();
        });
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:m1\r\nDTSTART;VALUE=DATE:" + Bodies.Day(70).Replace("-", "")
            + "\r\nDTEND;VALUE=DATE:" + Bodies.Day(71).Replace("-", "") + "\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        // Status for: own, other, admin, editor, anonymous, writer. Writes by others come first, so their 404s are seen to change nothing.
        var rows = new (string Name, Func<HttpClient, Task<HttpResponseMessage>> Send, HttpStatusCode[] Expected)[]
        {
            ("inbox", c => c.GetAsync("/umbraco/bookings"), [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Forbidden]),
            ("calendar", c => c.GetAsync(stay), [HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Forbidden]),
            ("csv of the guesthouse", c => c.GetAsync($"/umbraco/bookings/export.csv?guesthouse={Samples.SangjiuCourtyard:D}"), [HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Forbidden]),
            ("csv of all", c => c.GetAsync("/umbraco/bookings/export.csv"), [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Forbidden]),
            ("decline", c => Post(c, $"/umbraco/bookings/{booking.Id:D}/decide", new() { ["decision"] = "decline", ["message"] = "not yours" }), [HttpStatusCode.Redirect, HttpStatusCode.NotFound, HttpStatusCode.Redirect, HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Forbidden]),
            ("remove block", c => Post(c, $"{stay}/blocks/{block.Id:D}/remove", []), [HttpStatusCode.Redirect, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Forbidden]),
            ("add block", c => Post(c, stay + "/blocks", new() { ["roomType"] = roomType, ["from"] = Bodies.Day(61), ["source"] = "WeChat" }), [HttpStatusCode.Redirect, HttpStatusCode.NotFound, HttpStatusCode.Redirect, HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Forbidden]),
            ("feed link", c => Post(c, stay + "/feed", new() { ["action"] = "renew" }), [HttpStatusCode.Redirect, HttpStatusCode.NotFound, HttpStatusCode.Redirect, HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Forbidden]),
            ("import", c => Import(c, stay, ics), [HttpStatusCode.Redirect, HttpStatusCode.NotFound, HttpStatusCode.Redirect, HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Forbidden]),
            ("import url", c => Post(c, stay + "/import-url", new() { ["roomType"] = roomType, ["label"] = "Booking.com", ["url"] = "http://127.0.0.1:9/refused.ics" }), [HttpStatusCode.Redirect, HttpStatusCode.NotFound, HttpStatusCode.Redirect, HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Forbidden]),
            // The owner stops it first, so the administrator after them finds none: 404.
            ("stop sync", c => Post(c, $"{stay}/subscriptions/{subscription.Id:D}/stop", []), [HttpStatusCode.Redirect, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Forbidden]),
            // Last, since binding changes who sees what: the administrator's binding screen, for administrators only.
            ("owners", c => c.GetAsync("/umbraco/bookings/owners"), [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Forbidden]),
            ("bind owner", c => Post(c, $"/umbraco/bookings/owners/{ownerKey:D}", new() { ["guesthouse"] = Samples.SangjiuCourtyard.ToString("D") }), [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Forbidden]),
        };

        var order = new[] { Who.Anonymous, Who.Editor, Who.Writer, Who.Other, Who.Own, Who.Admin };
        var wrong = new List<string>();
        var bodies = new Dictionary<(string, Who), string>();
        foreach (var (name, send, expected) in rows)
        {
            foreach (var who in order)
            {
                using var response = await send(clients[who]);
                bodies[(name, who)] = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != expected[(int)who])
                {
                    wrong.Add($"{name} as {who}: {(int)response.StatusCode}, expected {(int)expected[(int)who]}");
                }

                // Signed-in people without the right are told whose screen it is, with a way home; anonymous ones sign in.
                var page = bodies[(name, who)];
                if (who == Who.Editor && response.StatusCode == HttpStatusCode.Forbidden)
                {
                    Assert.Contains(name.StartsWith("owners", StringComparison.Ordinal) || name == "bind owner"
                        ? "This screen is for administrators" : "This screen is for guesthouse owners and administrators", page);
                    Assert.Contains("<a class=\"button\" href=\"/umbraco\">Back to the home screen</a>", page);
                }

                if (who == Who.Writer && response.StatusCode == HttpStatusCode.Forbidden)
                {
                    Assert.Contains("回到首页", page);
                    Assert.Contains("<html lang=\"zh-Hans\">", page);
                }

                if (who == Who.Anonymous)
                {
                    Assert.Equal("/umbraco/login", response.Headers.Location?.AbsolutePath);
                }

                if (who == Who.Other && name == "decline")
                {
                    Assert.Equal(BookingState.Pending, (await inbox.FormsDbAsync(db => db.Bookings.SingleAsync(b => b.Id == booking.Id))).State);
                }

                if (who == Who.Other && name == "stop sync")
                {
                    Assert.True(await inbox.FormsDbAsync(db => db.CalendarSubscriptions.AnyAsync(x => x.Id == subscription.Id)), "another owner stopped the sync");
                }

                if (who == Who.Other && name == "remove block")
                {
                    Assert.True(await inbox.FormsDbAsync(db => db.RoomBlocks.AnyAsync(b => b.Id == block.Id)), "another owner removed the block");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Contains(booking.Reference, bodies[("inbox", Who.Own)]);
        Assert.Contains(booking.Reference, bodies[("inbox", Who.Admin)]);
        Assert.DoesNotContain(booking.Reference, bodies[("inbox", Who.Other)]);
        Assert.DoesNotContain("Matrix Guest", bodies[("inbox", Who.Other)]);
        Assert.All(bodies.Where(b => b.Key.Item2 is Who.Editor or Who.Writer or Who.Anonymous), b => Assert.DoesNotContain(booking.Reference, b.Value));
        Assert.Contains(booking.Reference, bodies[("csv of all", Who.Own)]);
        Assert.DoesNotContain(booking.Reference, bodies[("csv of all", Who.Other)]);
        Assert.Equal(BookingState.Declined, (await inbox.FormsDbAsync(db => db.Bookings.SingleAsync(b => b.Id == booking.Id))).State);
        Assert.Equal(0, await inbox.FormsDbAsync(db => db.CalendarSyncLog.CountAsync(l => l.ContentId == InboxSite.XiongjiuHomestay)));

        // The feed is reached by its secret alone; another guesthouse's secret, a made-up one or a revoked one is 404.
        var token = await inbox.FormsDbAsync(db => db.CalendarFeeds.Where(f => f.RevokedUtc == null).Select(f => f.Token).SingleAsync());
        using (var feed = await clients[Who.Anonymous].GetAsync(CalendarFeeds.PathOf(token)))
        {
            Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        }

        var revoked = await inbox.FormsDbAsync(db => db.CalendarFeeds.Where(f => f.RevokedUtc != null).Select(f => f.Token).FirstAsync());
        foreach (var secret in new[] { revoked, "not-a-secret" })
        {
            using var refused = await clients[Who.Anonymous].GetAsync(CalendarFeeds.PathOf(secret));
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string path, Dictionary<string, string> fields) =>
        client.PostAsync(path, new FormUrlEncodedContent(fields));

    private static Task<HttpResponseMessage> Import(HttpClient client, string stay, string ics)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(Samples.FamilyRoom.ToString("D")), "roomType" },
            { new StringContent("Airbnb"), "label" },
            { new StringContent(ics), "file", "airbnb.ics" },
        };
        return client.PostAsync(stay + "/import", content);
    }
}
