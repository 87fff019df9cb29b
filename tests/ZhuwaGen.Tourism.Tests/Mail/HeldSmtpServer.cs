using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ZhuwaGen.Tourism.Tests.Mail;

/// <summary>
/// A real SMTP server on loopback (SmtpServer) that holds every message's final answer until <see cref="Release"/>:
/// a mail server as slow as a test needs. Messages are kept once released.
/// </summary>
public sealed class HeldSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly HoldingStore _store = new();
    private readonly Task _running;

    private HeldSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Messages whose DATA arrived; they are answered only after <see cref="Release"/>.</summary>
    public int Arrived => _store.Arrived;

    public IReadOnlyCollection<MimeMessage> Received => _store.Messages;

    public static async Task<HeldSmtpServer> StartAsync()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var server = new HeldSmtpServer(port);
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

    public void Release() => _store.Gate.TrySetResult();

    public async Task<MimeMessage> WaitForMessageAsync()
    {
        for (var attempt = 0; attempt < 200 && _store.Messages.IsEmpty; attempt++)
        {
            await Task.Delay(50);
        }

        return Assert.Single(_store.Messages);
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await _stop.CancelAsync();
        await _running.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private sealed class HoldingStore : MessageStore
    {
        private int _arrived;

        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public int Arrived => Volatile.Read(ref _arrived);

        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _arrived);
            await Gate.Task.WaitAsync(cancellationToken);
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
