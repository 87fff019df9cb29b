using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Workflows;

/// <summary>
/// Notifies a group chat robot (how guesthouse owners in China get alerts) with each robot's documented text message:
/// WeCom and DingTalk {"msgtype":"text","text":{"content":…}}, Feishu {"msg_type":"text","content":{"text":…}}; with
/// the setting format "markdown", WeCom's {"msgtype":"markdown","markdown":{"content":…}} and DingTalk's
/// {"msgtype":"markdown","markdown":{"title":…,"text":…}} (Feishu has no plain markdown message: text stays).
/// Settings: url (the robot's webhook address), message (magic strings; the field summary when empty), format. The robots
/// answer 200 even when they refuse a message, with errcode (WeCom, DingTalk) or code (Feishu) not 0: that is a
/// failure too, and retried.
/// </summary>
internal sealed class RobotWorkflow(IHttpClientFactory clients, Cms.Publishing.PublishedSnapshotService snapshot) : IWorkflowExecutor
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
        using var response = await clients.CreateClient(PostToUrlWorkflow.ClientName)
            .PostAsJsonAsync(workflow.Setting("url"), Payload(workflow.Kind, text, workflow.Setting("format") == "markdown"), cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (RefusalCode(body) is { } code)
        {
            throw new HttpRequestException($"The {workflow.Kind} refused the message (code {code}): {body[..Math.Min(body.Length, 300)]}");
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
