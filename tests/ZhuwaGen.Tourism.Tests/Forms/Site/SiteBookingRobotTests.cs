using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Webhooks;

namespace ZhuwaGen.Tourism.Tests.Forms.Site;

/// <summary>
/// End to end: a visitor books two nights at the sample Sangjiu Courtyard through the site's own form (no JavaScript,
/// antiforgery), and the owners' WeCom group robot — a real HTTP server on loopback, configured as a WeComRobot
/// workflow of the stay form in umbraco.config — gets WeCom's markdown message with the reference, from the outbox.
/// </summary>
public sealed partial class SiteBookingRobotTests
{
    private const string Stay = "/stays/sangjiu-courtyard/";

    [Theory, BothProviders]
    public async Task A_site_booking_reaches_the_owners_wecom_group_with_its_reference(DatabaseProvider provider)
    {
        await using var robot = await LoopbackReceiver.StartAsync();
        robot.ResponseBody = "{\"errcode\":0,\"errmsg\":\"ok\"}";
        var (config, workflowId) = WithWeComRobot(robot.Url);
        var pickup = Path.Combine(Path.GetTempPath(), "zhuwagen-robot-mail-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var site = await FormsSite.StartAsync(provider, new Dictionary<string, string?>
            {
                ["Cms:Schema:File"] = config,
                ["Smtp:PickupDirectory"] = pickup,
                ["Forms:Bookings:PublicBaseUrl"] = "https://zhuwagen.example",
            });
            using var visitor = new SiteFormVisitor(site.Site);
            var (shown, form, _) = await visitor.GetAsync(Stay);
            Assert.Equal(HttpStatusCode.OK, shown);
            Assert.Contains("name=\"__RequestVerificationToken\"", form);

            var (status, _, response) = await visitor.PostAsync(Stay, SiteFormVisitor.Stay(Samples.StandardTwin, 70, nights: 2, email: "ada@example.org"));
            Assert.Equal(HttpStatusCode.SeeOther, status);
            var (_, receipt, _) = await visitor.GetAsync(response.Headers.Location!.OriginalString);
            var reference = ReferenceCode().Match(receipt).Groups[1].Value;
            Assert.NotEmpty(reference);

            await Eventually.TrueAsync(() => robot.Requests.Count >= 1, "the robot's alert");
            var request = Assert.Single(robot.Requests);
            var message = request.Json;
            var content = message.GetProperty("markdown").GetProperty("content").GetString()!;
            Assert.Equal("POST", request.Method);
            Assert.Equal("/hooks/zhuwagen", request.Path);
            Assert.StartsWith("application/json", request.Header("Content-Type"));
            Assert.Equal("markdown", message.GetProperty("msgtype").GetString());
            Assert.StartsWith($"## 新预订申请 {reference}\n", content);
            Assert.Contains($"> {Bodies.Day(70)} → {Bodies.Day(72)}，2 人", content);
            Assert.Contains("> Ada Guest +86 138 0000 0000", content);
            Assert.Contains("[确认或拒绝](https://zhuwagen.example/umbraco/bookings)", content);
            Assert.Equal(2, (await site.WithFormsDbAsync(db => db.Bookings.SingleAsync(b => b.Reference == reference))).Nights);
            await Eventually.TrueAsync(async () => await site.WithFormsDbAsync(db => db.WorkflowOutbox.AnyAsync(o => o.WorkflowId == workflowId && o.CompletedUtc != null && o.Attempts == 1 && o.LastError == null)), "the robot's row completed at the first attempt");
        }
        finally
        {
            File.Delete(config);
            if (Directory.Exists(pickup))
            {
                Directory.Delete(pickup, recursive: true);
            }
        }
    }

    /// <summary>A copy of umbraco.config whose guesthouse stay form also alerts a WeCom group robot at <paramref name="url"/>.</summary>
    private static (string File, Guid WorkflowId) WithWeComRobot(string url)
    {
        var id = Guid.NewGuid();
        var xml = File.ReadAllText(Path.Combine(CmsTestHost.RepositoryRoot, "umbraco.config"));
        var stayForm = xml.IndexOf($"<Form Key=\"{Samples.GuesthouseStay:D}\">", StringComparison.Ordinal);
        Assert.True(stayForm > 0, "the stay form is not in umbraco.config");
        var workflows = xml.IndexOf("<Workflows>", stayForm, StringComparison.Ordinal) + "<Workflows>".Length;
        var robot = $"""
            <Workflow Key="{id:D}" Name="Tell the owners' WeCom group" Stage="OnSubmit" Kind="WeComRobot">
              <Setting Key="url">{url}</Setting>
              <Setting Key="format">markdown</Setting>
              <Setting Key="message">## 新预订申请 [#bookingReference]
            > [#pageName]
            > [#checkIn] → [#checkOut]，[#guests] 人
            > [#name] [#phone]
            [确认或拒绝]([#inboxUrl])</Setting>
            </Workflow>
            """;
        var file = Path.Combine(Path.GetTempPath(), $"zhuwagen-forms-{Guid.NewGuid():N}.config");
        File.WriteAllText(file, xml.Insert(workflows, robot));
        return (file, id);
    }

    [GeneratedRegex("<strong class=\"reference-code\">(ZG-[2-9A-HJ-NP-Y]{6})</strong>")]
    private static partial Regex ReferenceCode();
}
