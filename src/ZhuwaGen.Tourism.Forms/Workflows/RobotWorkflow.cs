using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Forms.Bookings.Robots;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Workflows;

/// <summary>
/// Notifies a group chat robot (how guesthouse owners in China get alerts) with each robot's documented text message:
/// WeCom and DingTalk {"msgtype":"text","text":{"content":…}}, Feishu {"msg_type":"text","content":{"text":…}}; with
/// the setting format "markdown", WeCom's {"msgtype":"markdown","markdown":{"content":…}} and DingTalk's
/// {"msgtype":"markdown","markdown":{"title":…,"text":…}} (Feishu has no plain markdown message: text stays).
/// Settings: url (the robot's webhook address, or <c>[#guesthouseRobot]</c>: the booked guesthouse's own robot set in
/// the inbox, <see cref="GuesthouseRobots"/>, nothing sent when it has none), message (magic strings; the field summary when empty), format. The robots
/// answer 200 even when they refuse a message, with errcode (WeCom, DingTalk) or code (Feishu) not 0: that is a
/// failure too, and retried.
/// </summary>
internal sealed class RobotWorkflow(IHttpClientFactory clients, Cms.Publishing.PublishedSnapshotService snapshot, IServiceScopeFactory scopes) : IWorkflowExecutor
{
    public IReadOnlyCollection<WorkflowKind> Kinds { get; } = [WorkflowKind.WeComRobot, WorkflowKind.DingTalkRobot, WorkflowKind.FeishuRobot];

    public static JsonObject Payload(WorkflowKind kind, string text, bool markdown = false) => (kind, markdown) switch
    {
        (WorkflowKind.FeishuRobot, _) => new JsonObject { ["msg_type"] = "text", ["content"] = new JsonObject { ["text"] = text } },
        (WorkflowKind.WeComRobot, true) => new JsonObject { ["msgtype"] = "markdown", ["markdown"] = new JsonObject { ["content"] = text } },
        // DingTalk shows the title in the chat list and the notification, so it is the message's first line.
        (WorkflowKind.DingTalkRobot, true) => new JsonObject
        {
            ["msgtype"] = "markdown",
            ["markdown"] = new JsonObject { ["title"] = text.Split('\n', 2)[0].TrimStart('#', ' '), ["text"] = text },
        },
        _ => new JsonObject { ["msgtype"] = "text", ["text"] = new JsonObject { ["content"] = text } },
    };

    public async Task ExecuteAsync(WorkflowDefinition workflow, WorkflowContext context, CancellationToken cancellationToken)
    {
        var template = workflow.Setting("message");
        var text = template.Length > 0 ? context.Expand(template) : $"{context.Form.Name}\n{context.Summary(snapshot.Current.DefaultCulture)}";
        var markdown = workflow.Setting("format") == "markdown";
        if (workflow.Setting("url").Trim() == GuesthouseRobots.Placeholder)
        {
            // The booked guesthouse's own robot, in its own kind's format; a guesthouse that set none is not alerted.
            await using var scope = scopes.CreateAsyncScope();
            var robots = scope.ServiceProvider.GetRequiredService<GuesthouseRobots>();
            if ((context.Booking?.ContentId ?? context.Entry.ContentId) is { } guesthouse && await robots.FindAsync(guesthouse, cancellationToken) is { } robot)
            {
                await robots.SendAsync(robot, text, markdown, cancellationToken);
            }

            return;
        }

        using var response = await clients.CreateClient(PostToUrlWorkflow.ClientName)
            .PostAsJsonAsync(workflow.Setting("url"), Payload(workflow.Kind, text, markdown), cancellationToken);
        await EnsureAcceptedAsync(workflow.Kind, response, cancellationToken);
    }

    /// <summary>A 2xx whose body carries no refusal code (robots answer 200 even when they refuse).</summary>
    public static async Task EnsureAcceptedAsync(WorkflowKind kind, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (RefusalCode(body) is { } code)
        {
            throw new HttpRequestException($"The {kind} refused the message (code {code}): {body[..Math.Min(body.Length, 300)]}");
        }
    }

    private static long? RefusalCode(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            foreach (var name in new[] { "errcode", "code", "StatusCode" })
            {
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(name, out var code)
                    && code.TryGetInt64(out var number) && number != 0)
                {
                    return number;
                }
            }
        }
        catch (JsonException)
        {
            // A body that is not JSON carries no refusal code; the 2xx status stands.
        }

        return null;
    }
}
