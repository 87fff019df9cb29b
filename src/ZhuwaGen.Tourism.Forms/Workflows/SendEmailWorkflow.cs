using Microsoft.Extensions.Options;
using MimeKit;
using ZhuwaGen.Tourism.Cms.Mail;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Workflows;

/// <summary>
/// Settings: to (addresses split by ";" or ","; magic strings allowed, e.g. [#email], [$ownerEmail] or
/// [#guesthouseManagers]; each address once), subject,
/// message (the field summary when empty). Sent with the CMS's mail sender: SMTP when configured, else a .eml file in
/// the pickup folder. No recipient after expansion (a guest who gave no email) is success: nothing to send.
/// </summary>
internal sealed class SendEmailWorkflow(IMailSender sender, IOptions<SmtpOptions> smtp, PublishedSnapshotService snapshot) : IWorkflowExecutor
{
    public IReadOnlyCollection<WorkflowKind> Kinds { get; } = [WorkflowKind.SendEmail];

    public async Task ExecuteAsync(WorkflowDefinition workflow, WorkflowContext context, CancellationToken cancellationToken)
    {
        var recipients = context.Expand(workflow.Setting("to"))
            .Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => MailboxAddress.TryParse(a, out var address) ? address : null)
            .OfType<MailboxAddress>()
            // The page's owner email is often also a bound manager's: one copy each.
            .DistinctBy(a => a.Address, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (recipients.Count == 0)
        {
            return;
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.Value.From));
        message.To.AddRange(recipients);
        message.Subject = context.Expand(workflow.Setting("subject") is { Length: > 0 } subject ? subject : context.Form.Name);
        var body = workflow.Setting("message");
        message.Body = new TextPart("plain")
        {
            Text = body.Length > 0 ? context.Expand(body) : context.Summary(snapshot.Current.DefaultCulture),
        };
        await sender.SendAsync(message, cancellationToken);
    }
}
