using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace ZhuwaGen.Tourism.Cms.Mail;

/// <summary>
/// Mail to be sent after the request that wrote it has been answered: a request never waits for, or is told about,
/// a slow or failing mail server. The queue is bounded (<see cref="Capacity"/>): when it is full a new message is
/// dropped and logged rather than letting a flood of lockouts hold memory. <see cref="MailOutboxSender"/> sends.
/// </summary>
public sealed class MailOutbox(ILogger<MailOutbox> logger)
{
    public const int Capacity = 256;

    private readonly Channel<MimeMessage> _queue = Channel.CreateBounded<MimeMessage>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    internal ChannelReader<MimeMessage> Reader => _queue.Reader;

    public void Enqueue(MimeMessage message)
    {
        if (!_queue.Writer.TryWrite(message))
        {
            logger.LogError("The mail queue is full ({Capacity} messages); dropped \"{Subject}\" to {To}", Capacity, message.Subject, message.To);
        }
    }
}
