using System.Net;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Bookings;

/// <summary>
/// A guesthouse run by several people: every enabled account bound to it (directly or through the stays list above
/// it) gets the new-booking mail, each answers from their own inbox, and the first answer wins.
/// </summary>
public sealed class SeveralManagersTests
{
    [Theory, BothProviders]
    public async Task Every_bound_manager_is_mailed_and_the_second_answer_is_told_the_first_won(DatabaseProvider provider)
    {
        await using var inbox = await InboxSite.StartAsync(provider);
        var staysList = await inbox.Site.WithDbAsync(db => db.Documents
            .Where(d => d.Id == db.Documents.Where(g => g.Key == Samples.SangjiuCourtyard).Select(g => g.ParentId).Single())
            .Select(d => d.Key).SingleAsync());
        var (direct, directClient) = await ManagerAsync(inbox, Samples.SangjiuCourtyard);
        var (throughParent, parentClient) = await ManagerAsync(inbox, staysList);
        var (elsewhere, elsewhereClient) = await ManagerAsync(inbox, InboxSite.XiongjiuHomestay);
        var (disabled, disabledClient) = await ManagerAsync(inbox, Samples.SangjiuCourtyard);
        await inbox.Site.WithDbAsync(db => db.Users.Where(u => u.Email == disabled).ExecuteUpdateAsync(s => s.SetProperty(u => u.Disabled, true)));

        var booking = await inbox.BookAsync(Samples.StandardTwin, email: "ada@example.org");
        var toDirect = await inbox.WaitForMailAsync(direct, booking.Reference);
        var toParent = await inbox.WaitForMailAsync(throughParent, booking.Reference);
        var toPage = await inbox.WaitForMailAsync("owner1@example.invalid", booking.Reference);
        await inbox.WaitForMailAsync("ada@example.org", booking.Reference);

        // One copy each; the one owner mail names every manager, not the other guesthouse's or a disabled account.
        var ownerMails = await OwnerMailsAsync(inbox.Pickup, booking.Reference);
        var recipients = Assert.Single(ownerMails).To.Mailboxes.Select(m => m.Address).ToList();
        Assert.Equal(new[] { "owner1@example.invalid", direct, throughParent }.Order(), recipients.Order());
        Assert.DoesNotContain(elsewhere, recipients);
        Assert.DoesNotContain(disabled, recipients);
        Assert.Contains("Confirm or decline: /umbraco/bookings", toDirect);
        Assert.Equal(toDirect, toParent);
        Assert.Equal(toDirect, toPage);

        // Both see it in their own inbox; the first to answer wins, the second gets a clear notice, not an error.
        Assert.Contains(booking.Reference, await parentClient.GetStringAsync("/umbraco/bookings"));
        var page = await directClient.GetStringAsync("/umbraco/bookings");
        var parentPage = await parentClient.GetStringAsync("/umbraco/bookings");
        using var confirmed = await Decide(directClient, page, booking, "confirm");
        using var late = await Decide(parentClient, parentPage, booking, "decline");
        using var afterLate = await parentClient.GetAsync(late.Headers.Location!.OriginalString);
        var lateHtml = await afterLate.Content.ReadAsStringAsync();

        Assert.Equal($"/umbraco/bookings?done=confirmed&reference={booking.Reference}", confirmed.Headers.Location!.OriginalString);
        Assert.Equal($"/umbraco/bookings?done=already&reference={booking.Reference}", late.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, afterLate.StatusCode);
        Assert.Contains($"<p class=\"problem\" role=\"status\">{booking.Reference} was already answered (Confirmed), perhaps by another manager: your answer changed nothing.</p>", lateHtml);
        var stored = await inbox.FormsDbAsync(db => db.Bookings.AsNoTracking().SingleAsync(b => b.Id == booking.Id));
        Assert.Equal(BookingState.Confirmed, stored.State);
        Assert.Equal(2, await inbox.FormsDbAsync(db => db.InventoryHolds.CountAsync(h => h.BookingId == booking.Id)));
        // Someone else's guesthouse is still 404 (the client's XSRF header carries its own token).
        using var notTheirs = await elsewhereClient.PostAsync($"/umbraco/bookings/{booking.Id:D}/decide", new FormUrlEncodedContent([new("decision", "decline")]));
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        foreach (var client in new[] { directClient, parentClient, elsewhereClient, disabledClient })
        {
            client.Dispose();
        }
    }

    private static async Task<(string Email, HttpClient Client)> ManagerAsync(InboxSite inbox, Guid startNode)
    {
        var email = await ManagementClients.CreateUserAsync(inbox.Site, UserRoles.GuesthouseOwner);
        var key = await inbox.Site.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Key).SingleAsync());
        await inbox.Site.WithScopeAsync<UserStartNodes>(async nodes => Assert.Equal(UserOperationStatus.Success, await nodes.SetAsync(key, [startNode], CancellationToken.None)));
        return (email, await ManagementClients.SignInAsync(inbox.Site, email));
    }

    private static Task<HttpResponseMessage> Decide(HttpClient client, string inboxPage, BookingEntity booking, string decision)
    {
        var form = BackofficeForm.Read(inboxPage.Replace("<form class=\"decide\"", "<form id=\"x\" class=\"decide\""), "x");
        return client.PostAsync($"/umbraco/bookings/{booking.Id:D}/decide", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", form["__RequestVerificationToken"]!), new("decision", decision)]));
    }

    private static async Task<List<MimeKit.MimeMessage>> OwnerMailsAsync(string pickup, string reference)
    {
        var mails = new List<MimeKit.MimeMessage>();
        foreach (var file in Directory.GetFiles(pickup, "*.eml"))
        {
            var message = await MimeKit.MimeMessage.LoadAsync(file);
            if (message.Subject is { } subject && subject.StartsWith("新预订申请", StringComparison.Ordinal) && subject.Contains(reference, StringComparison.Ordinal))
            {
                mails.Add(message);
            }
        }

        return mails;
    }
}
