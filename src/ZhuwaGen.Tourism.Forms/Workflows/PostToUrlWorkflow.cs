using System.Net.Http.Json;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Workflows;

/// <summary>
/// "Send form to URL": POSTs the entry as JSON (form id and name, entry id, culture, state, values by alias, the
/// booking reference) to the setting url. Any status other than 2xx is a failure and is retried.
/// </summary>
internal sealed class PostToUrlWorkflow(IHttpClientFactory clients) : IWorkflowExecutor
{
    public const string ClientName = "forms-workflows";

    public IReadOnlyCollection<WorkflowKind> Kinds { get; } = [WorkflowKind.PostToUrl];

    public async Task ExecuteAsync(WorkflowDefinition workflow, WorkflowContext context, CancellationToken cancellationToken)
    {
        var payload = new
        {
            formId = context.Form.Id,
            formName = context.Form.Name,
            entryId = context.Entry.Id,
            culture = context.Entry.Culture,
            contentId = context.Entry.ContentId,
            state = context.Entry.State.ToString(),
            values = context.Values,
            bookingReference = context.Booking?.Reference,
        };
        using var response = await clients.CreateClient(ClientName).PostAsJsonAsync(workflow.Setting("url"), payload, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
