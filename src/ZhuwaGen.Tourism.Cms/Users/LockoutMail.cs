using Microsoft.Extensions.Logging;
using MimeKit;
using ZhuwaGen.Tourism.Cms.Mail;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Users;

/// <summary>Tells an account's owner that sign-ins are paused after repeated wrong passwords.</summary>
public sealed class LockoutMail(IMailSender mail, Microsoft.Extensions.Options.IOptions<SmtpOptions> smtp, ILogger<LockoutMail> logger)
{
    public const string Subject = "Sign-ins to your ZhuwaGen back-office account are paused";

    public async Task SendAsync(UserEntity user, int failures, DateTime lockoutEnd, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.Value.From));
        message.To.Add(new MailboxAddress(user.Name, user.Email));
        message.Subject = Subject;
        message.Body = new TextPart("plain")
        {
            Text = $"""
                Hello {user.Name},

                Someone entered a wrong password for your account {failures} times in a row, so sign-ins to it are
                paused until {lockoutEnd:yyyy-MM-dd HH:mm} UTC.

                If this was you, wait until then and try again. If it was not, your password held; consider changing
                it to a long one you use nowhere else, and tell the site's administrator.
                """,
        };

        try
        {
            await mail.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The lockout stands whether or not the mail server answers; an operator reads the failure in the log.
            logger.LogError(exception, "Could not send the lockout email to {Email}", user.Email);
        }
    }
}
