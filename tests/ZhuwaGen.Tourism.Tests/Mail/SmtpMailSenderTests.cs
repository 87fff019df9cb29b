using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using ZhuwaGen.Tourism.Cms.Mail;

namespace ZhuwaGen.Tourism.Tests.Mail;

/// <summary>The SMTP sender against a real SMTP listener on loopback (SmtpServer), not a mock.</summary>
public sealed class SmtpMailSenderTests
{
    [Fact]
    public async Task A_message_reaches_the_configured_smtp_server_intact()
    {
        var port = FreePort();
        var store = new CollectingStore();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        using var stop = new CancellationTokenSource();
        var server = new SmtpServer.SmtpServer(options, services);
        var running = server.StartAsync(stop.Token);
        var sender = new SmtpMailSender(Options.Create(new SmtpOptions
        {
            Host = "127.0.0.1",
            Port = port,
            From = "cms@example.invalid",
            UseStartTls = false,
        }));
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("cms@example.invalid"));
        message.To.Add(new MailboxAddress("Owner", "owner@example.invalid"));
        message.Subject = "Sign-ins paused";
        message.Body = new TextPart("plain") { Text = "Hello from the test." };

        try
        {
            await WaitForPortAsync(port);
            await sender.SendAsync(message, CancellationToken.None);
        }
        finally
        {
            stop.Cancel();
            await running.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        var received = Assert.Single(store.Messages);
        Assert.Equal("owner@example.invalid", Assert.Single(received.To.Mailboxes).Address);
        Assert.Equal("Sign-ins paused", received.Subject);
        Assert.Contains("Hello from the test.", received.TextBody);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // StartAsync runs until stopped; this waits until the port accepts connections (at most 10 s).
    private static async Task WaitForPortAsync(int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
    }

    private sealed class CollectingStore : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
