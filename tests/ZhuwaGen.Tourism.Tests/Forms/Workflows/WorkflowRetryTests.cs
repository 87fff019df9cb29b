using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Webhooks;

namespace ZhuwaGen.Tourism.Tests.Forms.Workflows;

/// <summary>A mail server or a robot that is down delays the notice, never the entry: the outbox retries it.</summary>
public sealed class WorkflowRetryTests
{
    [Fact]
    public async Task Booking_mails_are_retried_until_a_failing_smtp_server_accepts_them()
    {
        await using var smtp = await FlakySmtpServer.StartAsync(failures: 3);
        await using var site = await FormsSite.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(),
            ["Smtp:UseStartTls"] = "false",
            ["Smtp:From"] = "bookings@zhuwagen.example",
        });

        using var response = await site.PostEntryAsync(Samples.GuesthouseStay, Bodies.Stay(Samples.StandardTwin, checkIn: 33));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var reference = response.Headers.GetValues("Booking-Reference").Single();

        await Eventually.TrueAsync(() => smtp.Received.Count >= 2, "both mails received");
        Assert.True(smtp.Refused >= 3);
        var toGuest = smtp.Received.Single(m => m.To.ToString().Contains("guest@example.org"));
        Assert.Contains(reference, toGuest.Subject);
        Assert.Contains("/umbraco/forms/bookings/cancel?token=", toGuest.TextBody ?? string.Empty);
        Assert.Contains(smtp.Received, m => m.To.ToString().Contains("owner1@example.invalid") && (m.TextBody ?? string.Empty).Contains(reference));
        await Eventually.TrueAsync(async () => await site.WithFormsDbAsync(db => db.WorkflowOutbox.AllAsync(o => o.CompletedUtc != null)), "every outbox row completed");
        // The mails' rows only: the seed's guesthouse-robot row finds no robot set for the guesthouse and completes at once.
        var guesthouseRobot = Guid.Parse("3c2f6a1e-7d4b-4e0a-9b8c-5a1d2e3f4b6c");
        var attempts = await site.WithFormsDbAsync(db => db.WorkflowOutbox.Where(o => o.WorkflowId != guesthouseRobot).SumAsync(o => o.Attempts));
        Assert.Equal(2 + smtp.Refused, attempts);
    }

    [Fact]
    public async Task A_wecom_robot_that_fails_or_refuses_is_retried_and_gets_its_text_message()
    {
        await using var robot = await LoopbackReceiver.StartAsync();
        robot.Answer(500);
        robot.ResponseBody = "{\"errcode\":0,\"errmsg\":\"ok\"}";
        var config = WithRobot(robot.Url);
        try
        {
            await using var site = await FormsSite.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Cms:Schema:File"] = config });
            using var response = await site.PostEntryAsync(Samples.Enquiry, new
            {
                values = new Dictionary<string, string>
                {
                    ["name"] = "Ada",
                    ["email"] = "ada@example.org",
                    ["topic"] = "general",
                    ["message"] = "路况如何？",
                    ["consent"] = "on",
                },
            });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            await Eventually.TrueAsync(() => robot.Requests.Count >= 2, "the robot called twice");
            var last = robot.Requests[^1].Json;
            Assert.Equal("text", last.GetProperty("msgtype").GetString());
            Assert.Contains("Ada", last.GetProperty("text").GetProperty("content").GetString());
            Assert.Contains("路况如何？", last.GetProperty("text").GetProperty("content").GetString());
            await Eventually.TrueAsync(async () => await site.WithFormsDbAsync(db => db.WorkflowOutbox.AnyAsync(o => o.CompletedUtc != null && o.Attempts == 2)), "the robot's row completed at the second attempt");
        }
        finally
        {
            File.Delete(config);
        }
    }

    [Fact]
    public void Each_robot_gets_its_documented_text_message_shape()
    {
        Assert.Equal("""{"msgtype":"text","text":{"content":"hi"}}""", Forms_Payload(WorkflowKind.WeComRobot));
        Assert.Equal("""{"msgtype":"text","text":{"content":"hi"}}""", Forms_Payload(WorkflowKind.DingTalkRobot));
        Assert.Equal("""{"msg_type":"text","content":{"text":"hi"}}""", Forms_Payload(WorkflowKind.FeishuRobot));
        Assert.Equal("""{"msgtype":"markdown","markdown":{"content":"## hi\nthere"}}""", Forms_Payload(WorkflowKind.WeComRobot, "## hi\nthere", markdown: true));
        Assert.Equal("""{"msgtype":"markdown","markdown":{"title":"hi","text":"## hi\nthere"}}""", Forms_Payload(WorkflowKind.DingTalkRobot, "## hi\nthere", markdown: true));
        Assert.Equal("""{"msg_type":"text","content":{"text":"## hi\nthere"}}""", Forms_Payload(WorkflowKind.FeishuRobot, "## hi\nthere", markdown: true));
    }

    private static string Forms_Payload(WorkflowKind kind, string text = "hi", bool markdown = false) =>
        ZhuwaGen.Tourism.Forms.Workflows.RobotWorkflow.Payload(kind, text, markdown).ToJsonString();

    /// <summary>A copy of umbraco.config whose enquiry form also notifies a WeCom robot at <paramref name="url"/>.</summary>
    private static string WithRobot(string url)
    {
        var xml = File.ReadAllText(Path.Combine(CmsTestHost.RepositoryRoot, "umbraco.config"));
        var enquiry = xml.IndexOf($"<Form Key=\"{Samples.Enquiry:D}\">", StringComparison.Ordinal);
        var workflows = xml.IndexOf("<Workflows>", enquiry, StringComparison.Ordinal) + "<Workflows>".Length;
        var robot = $"""<Workflow Key="{Guid.NewGuid():D}" Name="Robot" Stage="OnSubmit" Kind="WeComRobot"><Setting Key="url">{url}</Setting></Workflow>""";
        var file = Path.Combine(Path.GetTempPath(), $"zhuwagen-forms-{Guid.NewGuid():N}.config");
        File.WriteAllText(file, xml.Insert(workflows, robot));
        return file;
    }
}
