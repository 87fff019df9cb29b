using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Webhooks;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Bookings;

/// <summary>
/// Each guesthouse's managers set their own group robot in the inbox; the seed's stay form alerts
/// <c>[#guesthouseRobot]</c>, so a booking at one guesthouse reaches that guesthouse's group only — real HTTP servers
/// on loopback stand in for the WeCom and Feishu robots (private targets allowed, as in development).
/// </summary>
public sealed partial class GuesthouseRobotTests
{
    private static readonly Guid RobotWorkflow = Guid.Parse("3c2f6a1e-7d4b-4e0a-9b8c-5a1d2e3f4b6c");

    [Theory, BothProviders]
    public async Task A_booking_alerts_its_own_guesthouses_robot_only(DatabaseProvider provider)
    {
        await using var robotA = await LoopbackReceiver.StartAsync();
        await using var robotB = await LoopbackReceiver.StartAsync();
        robotA.ResponseBody = "{\"errcode\":0,\"errmsg\":\"ok\"}";
        robotB.ResponseBody = "{\"code\":0,\"msg\":\"success\"}";
        await using var inbox = await InboxSite.StartAsync(provider, new Dictionary<string, string?> { ["Umbraco:CMS:Webhook:AllowPrivateTargets"] = "true" });
        using var ownerA = await inbox.OwnerAsync(Samples.SangjiuCourtyard);
        using var ownerB = await inbox.OwnerAsync(InboxSite.XiongjiuHomestay);

        using (var saved = await SaveAsync(ownerA, Samples.SangjiuCourtyard, "WeComRobot", robotA.Url))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (var saved = await SaveAsync(ownerB, InboxSite.XiongjiuHomestay, "FeishuRobot", robotB.Url))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        // Another owner's robot screen is 404, as if it did not exist.
        using (var notTheirs = await ownerB.GetAsync($"/umbraco/bookings/stays/{Samples.SangjiuCourtyard:D}/robot"))
        {
            Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        }

        // The test button posts at once, in the robot's own format.
        var page = await ownerA.GetStringAsync($"/umbraco/bookings/stays/{Samples.SangjiuCourtyard:D}/robot");
        Assert.Contains($"value=\"{robotA.Url}\"", page);
        using (var tested = await ownerA.PostAsync($"/umbraco/bookings/stays/{Samples.SangjiuCourtyard:D}/robot/test", Form(page)))
        {
            Assert.Equal(HttpStatusCode.Redirect, tested.StatusCode);
        }

        var test = Assert.Single(robotA.Requests);
        Assert.StartsWith("Test message: booking alerts for ", test.Json.GetProperty("text").GetProperty("content").GetString());

        // A's robot fails once: the booking is taken all the same, and the outbox delivers the alert on a retry.
        robotA.Answer(500);
        var atA = await inbox.BookAsync(Samples.StandardTwin, name: "Guest At A");
        await Eventually.TrueAsync(() => robotA.Requests.Count >= 3, "A's alert after the retry");
        var alert = robotA.Requests[^1].Json.GetProperty("text").GetProperty("content").GetString()!;
        Assert.StartsWith($"新预订申请 / New booking request {atA.Reference}\n", alert);
        Assert.Contains("Guest At A", alert);
        Assert.Empty(robotB.Requests);
        await Eventually.TrueAsync(async () => await inbox.FormsDbAsync(db => db.WorkflowOutbox.AnyAsync(
            o => o.EntryId == atA.EntryId && o.WorkflowId == RobotWorkflow && o.CompletedUtc != null && o.Attempts == 2)), "A's robot row completed at the second attempt");

        var atB = await inbox.BookAsync(InboxSite.DoubleRoom, name: "Guest At B", guesthouse: InboxSite.XiongjiuHomestay);
        await Eventually.TrueAsync(() => robotB.Requests.Count >= 1, "B's alert");
        var feishu = Assert.Single(robotB.Requests).Json;
        Assert.Equal("text", feishu.GetProperty("msg_type").GetString());
        Assert.Contains(atB.Reference, feishu.GetProperty("content").GetProperty("text").GetString());
        Assert.Equal(3, robotA.Requests.Count);
    }

    [Fact]
    public async Task A_robot_address_that_is_not_https_or_points_inside_is_refused_and_nothing_is_stored()
    {
        await using var inbox = await InboxSite.StartAsync(DatabaseProvider.Sqlite);
        using var owner = await inbox.OwnerAsync(Samples.SangjiuCourtyard);
        foreach (var url in new[] { "http://robot.example/send?key=1", "https://127.0.0.1/send", "https://169.254.169.254/latest", "https://[::ffff:10.0.0.1]/x", "not a url" })
        {
            using var refused = await SaveAsync(owner, Samples.SangjiuCourtyard, "WeComRobot", url);
            var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("This address cannot be used", html);
            Assert.Contains($"value=\"{url}\"", html);
        }

        Assert.Equal(0, await inbox.FormsDbAsync(db => db.GuesthouseRobots.CountAsync()));
        using var saved = await SaveAsync(owner, Samples.SangjiuCourtyard, "DingTalkRobot", "https://oapi.dingtalk.com/robot/send?access_token=abc");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var robot = await inbox.FormsDbAsync(db => db.GuesthouseRobots.SingleAsync());
        Assert.Equal((Samples.SangjiuCourtyard, WorkflowKind.DingTalkRobot), (robot.ContentId, robot.Kind));
        Assert.Contains("Saved at", await owner.GetStringAsync(saved.Headers.Location!.OriginalString));
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient owner, Guid guesthouse, string kind, string url)
    {
        var path = $"/umbraco/bookings/stays/{guesthouse:D}/robot";
        var page = await owner.GetStringAsync(path);
        return await owner.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", Token(page)), new("kind", kind), new("url", url)]));
    }

    private static FormUrlEncodedContent Form(string page) => new([new("__RequestVerificationToken", Token(page))]);

    private static string Token(string page) => WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
