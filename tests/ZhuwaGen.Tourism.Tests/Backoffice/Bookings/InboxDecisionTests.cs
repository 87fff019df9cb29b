using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Bookings;

/// <summary>The inbox as an owner uses it: requests first with their deadline, confirm and decline from the card, the guest's mail, CSV.</summary>
public sealed class InboxDecisionTests
{
    [Theory, BothProviders]
    public async Task An_owner_confirms_and_declines_from_the_inbox_and_the_guest_gets_each_mail(DatabaseProvider provider)
    {
        await using var inbox = await InboxSite.StartAsync(provider);
        var confirmLater = await inbox.BookAsync(Samples.StandardTwin, checkIn: 40, email: "ada@example.org");
        var declineLater = await inbox.BookAsync(Samples.FamilyRoom, checkIn: 41, name: "Bo Guest", email: "bo@example.org");
        using var owner = await inbox.OwnerAsync(Samples.SangjiuCourtyard);

        var page = await owner.GetStringAsync("/umbraco/bookings");
        using var confirmed = await BackofficeForm.Read(page.Replace("<form class=\"decide\"", "<form id=\"x\" class=\"decide\""), "x")
            .Set("message", "Park by the gate").Set("decision", "confirm").PostAsync(owner, intent: null);
        var afterConfirm = await owner.GetStringAsync(confirmed.Headers.Location!.OriginalString);
        var next = BackofficeForm.Read(afterConfirm.Replace("<form class=\"decide\"", "<form id=\"x\" class=\"decide\""), "x");
        using var declined = await owner.PostAsync(next.Action, new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", next["__RequestVerificationToken"]!), new("message", "Full that week"), new("decision", "decline"),
        ]));

        // Pending first, each with its deadline in Shanghai time and as hours left; the phone number is one tap away.
        Assert.True(page.IndexOf(confirmLater.Reference, StringComparison.Ordinal) < page.IndexOf(declineLater.Reference, StringComparison.Ordinal));
        Assert.Contains("Reply in 23 h", page);
        Assert.Contains("(Asia/Shanghai)", page);
        Assert.Contains("href=\"tel:+8613800000000\"", WebUtility.HtmlDecode(page));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.StartsWith("/umbraco/bookings?done=confirmed&reference=" + confirmLater.Reference, confirmed.Headers.Location.OriginalString);
        Assert.Contains(confirmLater.Reference, afterConfirm);
        Assert.Contains("role=\"status\"", afterConfirm);
        Assert.EndsWith($"/umbraco/bookings/{declineLater.Id:D}/decide", next.Action);
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);

        var states = await inbox.FormsDbAsync(db => db.Bookings.AsNoTracking().ToDictionaryAsync(b => b.Id, b => (b.State, b.OwnerMessage)));
        Assert.Equal((BookingState.Confirmed, "Park by the gate"), states[confirmLater.Id]);
        Assert.Equal((BookingState.Declined, "Full that week"), states[declineLater.Id]);
        Assert.Contains("Park by the gate", await inbox.WaitForMailAsync("ada@example.org", "is confirmed"));
        Assert.Contains("Full that week", await inbox.WaitForMailAsync("bo@example.org", "could not be confirmed"));
        Assert.Equal(0, await inbox.FormsDbAsync(db => db.InventoryHolds.CountAsync(h => h.BookingId == declineLater.Id)));
    }

    [Fact]
    public async Task A_decision_without_the_antiforgery_field_is_refused_and_changes_nothing()
    {
        await using var inbox = await InboxSite.StartAsync(DatabaseProvider.Sqlite);
        var booking = await inbox.BookAsync(Samples.StandardTwin);
        using var owner = await inbox.OwnerAsync(Samples.SangjiuCourtyard);
        owner.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");

        using var forged = await owner.PostAsync($"/umbraco/bookings/{booking.Id:D}/decide", new FormUrlEncodedContent([new("decision", "confirm")]));
        using var forgedBlock = await owner.PostAsync($"/umbraco/bookings/stays/{Samples.SangjiuCourtyard:D}/blocks", new FormUrlEncodedContent(
            [new("roomType", Samples.FamilyRoom.ToString("D")), new("from", Bodies.Day(50)), new("source", "Phone")]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forgedBlock.StatusCode);
        Assert.Equal(BookingState.Pending, (await inbox.FormsDbAsync(db => db.Bookings.SingleAsync())).State);
        Assert.Equal(0, await inbox.FormsDbAsync(db => db.RoomBlocks.CountAsync()));
    }

    [Fact]
    public async Task The_deadline_counts_down_on_the_forms_clock_and_the_home_screen_opens_the_inbox()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var inbox = await InboxSite.StartAsync(DatabaseProvider.Sqlite, services: s => s.AddKeyedSingleton<TimeProvider>(FormsClock.Key, clock));
        await inbox.BookAsync(Samples.StandardTwin);
        using var owner = await inbox.OwnerAsync(Samples.SangjiuCourtyard);
        owner.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        using var home = await owner.GetAsync("/umbraco");
        clock.Advance(TimeSpan.FromHours(19) + TimeSpan.FromMinutes(10));
        var page = await owner.GetStringAsync("/umbraco/bookings");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/umbraco/bookings", home.Headers.Location!.OriginalString);
        Assert.Contains("Reply in 4 h", page);
        Assert.Contains("class=\"tabbar\"", page);
        Assert.Contains(">Bookings</a>", page);
        Assert.DoesNotContain(">Stops</a>", page);
    }

    [Fact]
    public async Task The_csv_has_the_owners_bookings_with_formulas_neutralised()
    {
        await using var inbox = await InboxSite.StartAsync(DatabaseProvider.Sqlite);
        var mine = await inbox.BookAsync(Samples.StandardTwin, name: "=HYPERLINK(\"http://evil\")");
        var theirs = await inbox.BookAsync(InboxSite.DoubleRoom, guesthouse: InboxSite.XiongjiuHomestay, name: "Other Guest");
        using var owner = await inbox.OwnerAsync(Samples.SangjiuCourtyard);

        using var response = await owner.GetAsync("/umbraco/bookings/export.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("reference,state,guesthouse,roomType,checkIn,checkOut,nights,guests,name,phone,email", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{mine.Reference},Pending,", lines[1]);
        Assert.Contains($",{Bodies.Day(40)},{Bodies.Day(42)},2,2,\"'=HYPERLINK(\"\"http://evil\"\")\",'+86 138 0000 0000,guest@example.org,", lines[1]);
        Assert.DoesNotContain(theirs.Reference, string.Join('\n', lines));
    }
}
