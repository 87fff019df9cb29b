using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ZhuwaGen.Tourism.Tests.Forms.Workflows;

/// <summary>A real SMTP server on 127.0.0.1 that refuses the first <c>failures</c> messages (451), then accepts.</summary>
public sealed class FlakySmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Store _store;
    private readonly Task _running;

    private FlakySmtpServer(int port, int failures)
    {
        Port = port;
        _store = new Store(failures);
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public int Refused => _store.Refused;

    public IReadOnlyCollection<MimeMessage> Received => _store.Messages;

    public static async Task<FlakySmtpServer> StartAsync(int failures)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var server = new FlakySmtpServer(port, failures);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("The test SMTP server did not start listening.");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private sealed class Store(int failures) : MessageStore
    {
        private int _seen;
        private int _refused;

        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public int Refused => Volatile.Read(ref _refused);

        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _seen) <= failures)
            {
                Interlocked.Increment(ref _refused);
                return new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "try later");
            }

            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
