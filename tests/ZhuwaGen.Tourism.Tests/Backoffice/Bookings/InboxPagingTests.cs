using System.Net;
using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Bookings;

/// <summary>
/// An owner with a long history pages through every decided and past booking with plain links (20 a page), while the
/// requests waiting for an answer stay first, with their deadline, on every page.
/// </summary>
public sealed partial class InboxPagingTests
{
    private const int History = 45;

    [Theory, BothProviders]
    public async Task An_owner_with_45_past_bookings_reaches_each_once_through_older_and_newer_links(DatabaseProvider provider)
    {
        await using var inbox = await InboxSite.StartAsync(provider);
        var pending = await inbox.BookAsync(Samples.StandardTwin, name: "Waiting Guest");
        await inbox.FormsDbAsync(db =>
        {
            var today = Bodies.Today;
            for (var i = 1; i <= History; i++)
            {
                // Past stays, the latest first when i is smallest: that is the order the inbox lists them in.
                db.Bookings.Add(new BookingEntity
                {
                    Id = Guid.NewGuid(),
                    EntryId = Guid.NewGuid(),
                    FormId = Samples.GuesthouseStay,
                    ContentId = Samples.SangjiuCourtyard,
                    Reference = $"ZG-PAST{i:00}",
                    State = i % 3 == 0 ? BookingState.Declined : BookingState.Confirmed,
                    Resource = Samples.StandardTwin.ToString("D"),
                    FirstNight = today.AddDays(-3 * i),
                    Nights = 1,
                    Units = 1,
                    Guests = 2,
                    GuestName = $"Past Guest {i:00}",
                    Culture = "en",
                    CreatedUtc = DateTime.UtcNow.AddDays(-3 * i - 10),
                    DecidedUtc = DateTime.UtcNow.AddDays(-3 * i - 9),
                });
            }

            return db.SaveChangesAsync();
        });
        using var owner = await inbox.OwnerAsync(Samples.SangjiuCourtyard);

        var seen = new List<string>();
        var link = "/umbraco/bookings";
        var pages = new List<string>();
        while (link is not null && pages.Count < 5)
        {
            using var response = await owner.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            pages.Add(html);

            // The waiting request and its deadline come before the history on every page.
            var waiting = html.IndexOf(pending.Reference, StringComparison.Ordinal);
            Assert.True(waiting >= 0, $"the pending request is missing from {link}");
            Assert.Contains("Reply in 23 h", html);
            var past = PastReference().Matches(html).Select(m => m.Value).ToList();
            Assert.All(past, r => Assert.True(html.IndexOf(r, StringComparison.Ordinal) > waiting));
            seen.AddRange(past);
            link = OlderLink().Match(html) is { Success: true } older ? older.Groups[1].Value : null!;
        }

        Assert.Equal(3, pages.Count);
        Assert.Equal(Enumerable.Range(1, History).Select(i => $"ZG-PAST{i:00}"), seen);
        Assert.Contains("1–20 of 45", pages[0]);
        Assert.Contains("21–40 of 45", pages[1]);
        Assert.Contains("41–45 of 45", pages[2]);
        Assert.DoesNotContain("rel=\"prev\"", pages[0]);
        Assert.Contains("href=\"/umbraco/bookings?page=2#others-heading\">← Newer bookings", pages[2]);
        Assert.Contains("href=\"/umbraco/bookings#others-heading\">← Newer bookings", pages[1]);

        // A page past the end shows the last one rather than nothing.
        var beyond = WebUtility.HtmlDecode(await owner.GetStringAsync("/umbraco/bookings?page=99"));
        Assert.Contains("41–45 of 45", beyond);
        Assert.Contains("ZG-PAST45", beyond);
    }

    [GeneratedRegex("ZG-PAST\\d\\d")]
    private static partial Regex PastReference();

    [GeneratedRegex("<a class=\"button\" rel=\"next\" href=\"([^\"]+)\"")]
    private static partial Regex OlderLink();
}
