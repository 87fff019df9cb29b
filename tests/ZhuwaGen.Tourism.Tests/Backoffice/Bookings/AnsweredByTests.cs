using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Forms.Workflows;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Bookings;

/// <summary>
/// Two managers share a guesthouse: whoever confirms, declines or blocks rooms is recorded by account key and by name,
/// and the other sees who it was on the card, the room status and in the CSV.
/// </summary>
public sealed partial class AnsweredByTests
{
    [Theory, BothProviders]
    public async Task Each_decision_and_block_names_the_manager_who_made_it(DatabaseProvider provider)
    {
        await using var inbox = await InboxSite.StartAsync(provider);
        var (wangKey, wang) = await ManagerAsync(inbox, "王芳");
        var (liKey, li) = await ManagerAsync(inbox, "Li Lei");
        var confirmLater = await inbox.BookAsync(Samples.StandardTwin, checkIn: 40, name: "Ada Guest");
        var declineLater = await inbox.BookAsync(Samples.FamilyRoom, checkIn: 41, name: "Bo Guest");

        using (var confirmed = await Decide(wang, confirmLater, "confirm"))
        {
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        }

        using (var declined = await Decide(li, declineLater, "decline"))
        {
            Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        }

        var stay = $"/umbraco/bookings/stays/{Samples.SangjiuCourtyard:D}";
        var stayPage = await wang.GetStringAsync(stay);
        using (var blocked = await wang.PostAsync(stay + "/blocks", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", Token(stayPage)), new("roomType", Samples.StandardTwin.ToString("D")), new("from", Bodies.Day(60)), new("source", "Phone")])))
        {
            Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        }

        var stored = await inbox.FormsDbAsync(db => db.Bookings.AsNoTracking().ToDictionaryAsync(b => b.Id));
        Assert.Equal((wangKey, "王芳"), (stored[confirmLater.Id].DecidedByKey, stored[confirmLater.Id].DecidedByName));
        Assert.Equal((liKey, "Li Lei"), (stored[declineLater.Id].DecidedByKey, stored[declineLater.Id].DecidedByName));
        var block = await inbox.FormsDbAsync(db => db.RoomBlocks.AsNoTracking().SingleAsync());
        Assert.Equal(wangKey, block.CreatedByKey);

        // Li sees that 王芳 confirmed the first, at the decision's Shanghai time, and that they declined the second.
        var liInbox = WebUtility.HtmlDecode(await li.GetStringAsync("/umbraco/bookings"));
        var at = stored[confirmLater.Id].DecidedUtc!.Value.AddHours(8).ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"<p class=\"answered\">Confirmed · 王芳 · {at}</p>", liInbox);
        Assert.Matches(@"<p class=""answered"">Declined · Li Lei · \d\d-\d\d \d\d:\d\d</p>", liInbox);
        Assert.Contains(" · 王芳</span>", WebUtility.HtmlDecode(await li.GetStringAsync(stay)));

        var csv = await li.GetStringAsync("/umbraco/bookings/export.csv");
        Assert.Contains("answeredBy,answered (Asia/Shanghai)", csv);
        Assert.Contains($",王芳,{stored[confirmLater.Id].DecidedUtc!.Value.AddHours(8):yyyy-MM-dd HH:mm}", csv);
        Assert.Contains(",Li Lei,", csv);
    }

    [Fact]
    public void A_workflow_can_name_the_manager_who_answered()
    {
        var form = new FormDefinition(Guid.NewGuid(), "Stay", LocalizedText.Empty, null, LocalizedText.Empty, LocalizedText.Empty, LocalizedText.Empty, [], []);
        var booking = new BookingEntity { Reference = "ZG-ABC123", State = BookingState.Confirmed, DecidedByName = "王芳" };
        var context = new WorkflowContext(form, new EntryEntity(), new Dictionary<string, string[]>(), booking, null, null);
        Assert.Equal("ZG-ABC123 confirmed by 王芳", context.Expand("[#bookingReference] confirmed by [#answeredBy]"));
    }

    private static async Task<(Guid Key, HttpClient Client)> ManagerAsync(InboxSite inbox, string name)
    {
        var email = await ManagementClients.CreateUserAsync(inbox.Site, UserRoles.GuesthouseOwner);
        await inbox.Site.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.Name, name)));
        var key = await inbox.Site.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Key).SingleAsync());
        await inbox.Site.WithScopeAsync<UserStartNodes>(async nodes => Assert.Equal(UserOperationStatus.Success, await nodes.SetAsync(key, [Samples.SangjiuCourtyard], CancellationToken.None)));
        return (key, await ManagementClients.SignInAsync(inbox.Site, email));
    }

    private static async Task<HttpResponseMessage> Decide(HttpClient client, BookingEntity booking, string decision) =>
        await client.PostAsync($"/umbraco/bookings/{booking.Id:D}/decide", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", Token(await client.GetStringAsync("/umbraco/bookings"))), new("decision", decision)]));

    private static string Token(string page) => WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
