using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ZhuwaGen.Tourism.Cms.Mail;

/// <summary>
/// Sends what <see cref="MailOutbox"/> holds, one message at a time, each given <see cref="SendTimeout"/>: a mail
/// server that never answers delays the next message, never a request. A failed message is logged, not retried (the
/// lockout it reports stands whether or not the mail arrives).
/// </summary>
internal sealed class MailOutboxSender(MailOutbox outbox, IMailSender sender, ILogger<MailOutboxSender> logger) : BackgroundService
{
    public static readonly TimeSpan SendTimeout = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in outbox.Reader.ReadAllAsync(stoppingToken))
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(SendTimeout);
            try
            {
                await sender.SendAsync(message, timeout.Token);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Could not send \"{Subject}\" to {To}", message.Subject, message.To);
            }
        }
    }
}
