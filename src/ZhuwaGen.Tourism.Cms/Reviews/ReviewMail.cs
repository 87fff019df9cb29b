using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Mail;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.Cms.Reviews;

/// <summary>
/// Tells the writer what became of their request, in Chinese and English, through the mail outbox (SMTP or the pickup
/// folder). The link to the item uses the site's configured address (never the request's Host); without one the mail
/// names the back-office path.
/// </summary>
public sealed class ReviewMail(CmsDbContext db, MailOutbox outbox, IOptions<SmtpOptions> smtp, IOptions<WebRoutingOptions> site)
{
    public const string ApprovedSubject = "已审核发布 / Approved and published";
    public const string SentBackSubject = "已退回修改 / Sent back for changes";

    public async Task EnqueueAsync(ReviewView review, CancellationToken cancellationToken)
    {
        var writer = await db.Users.AsNoTracking().Where(u => u.Key == review.SubmittedByKey)
            .Select(u => new { u.Name, u.Email }).SingleOrDefaultAsync(cancellationToken);
        if (writer is null)
        {
            return;
        }

        var data = await db.Documents.AsNoTracking().Where(d => d.Key == review.DocumentKey)
            .Join(db.DocumentVersions, d => d.DraftVersionId, v => v.Id, (d, v) => v.Data).SingleOrDefaultAsync(cancellationToken);
        var title = data is null ? review.DocumentKey.ToString() : DocumentData.FromJson(data).Names.GetValueOrDefault(review.Culture) ?? review.DocumentKey.ToString();
        var path = $"/umbraco/content/{review.DocumentKey}?culture={Uri.EscapeDataString(review.Culture)}";
        var link = site.Value.PublicAddress + path;
        var approved = review.State == ReviewStates.Approved;
        var comment = review.DecisionComment is { } said ? $"\n\n{review.DecidedByName}：{said}\n" : string.Empty;

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.Value.From));
        message.To.Add(new MailboxAddress(writer.Name, writer.Email));
        message.Subject = $"{(approved ? ApprovedSubject : SentBackSubject)}: {title} ({review.Culture})";
        message.Body = new TextPart("plain")
        {
            Text = approved
                ? $"""
                    {writer.Name}，您好：

                    您提交审核的《{title}》（{review.Culture}）已由 {review.DecidedByName} 审核通过并发布到网站。
                    Your "{title}" ({review.Culture}) was approved by {review.DecidedByName} and is now on the site.{comment}
                    {link}
                    """
                : $"""
                    {writer.Name}，您好：

                    您提交审核的《{title}》（{review.Culture}）被 {review.DecidedByName} 退回修改。
                    Your "{title}" ({review.Culture}) was sent back for changes by {review.DecidedByName}.{comment}
                    修改后可再次提交审核。Change it and submit it for review again:
                    {link}
                    """,
        };
        outbox.Enqueue(message);
    }
}
