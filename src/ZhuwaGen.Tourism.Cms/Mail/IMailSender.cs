using MimeKit;

namespace ZhuwaGen.Tourism.Cms.Mail;

/// <summary>Sends one message: over SMTP when it is configured, else into the pickup folder.</summary>
public interface IMailSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
