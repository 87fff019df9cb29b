using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Forms;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Bookings;

/// <summary>Calendar import from a URL: refused inside the site's network (SSRF), read from a real listener when allowed.</summary>
public sealed class CalendarUrlImportTests
{
    private static readonly string Stay = $"/umbraco/bookings/stays/{Samples.SangjiuCourtyard:D}";

    [Fact]
    public async Task A_url_inside_the_sites_network_is_refused_and_logged()
    {
        await using var inbox = await InboxSite.StartAsync(DatabaseProvider.Sqlite);
        using var owner = await inbox.OwnerAsync(Samples.SangjiuCourtyard);
        await using var listener = CalendarListener.Start(Ics(30, 32));

        using var loopback = await ImportAsync(owner, listener.Url);
        using var metadata = await ImportAsync(owner, "http://169.254.169.254/latest/meta-data");
        using var file = await ImportAsync(owner, "file:///etc/passwd");

        Assert.All(new[] { loopback, metadata, file }, r => Assert.Contains("error=url", r.Headers.Location!.OriginalString));
        Assert.Equal(0, listener.Requests);
        Assert.Equal(0, await inbox.FormsDbAsync(db => db.RoomBlocks.CountAsync()));
        var log = await inbox.FormsDbAsync(db => db.CalendarSyncLog.OrderBy(l => l.Id).ToListAsync());
        Assert.Equal(3, log.Count);
        Assert.All(log, l => Assert.True(l.Failed));
        Assert.Contains("127.0.0.1", log[0].Message);
        Assert.Contains("169.254.169.254", log[1].Message);
    }

    [Fact]
    public async Task With_private_targets_allowed_a_calendar_url_is_read_and_blocks_its_nights()
    {
        await using var inbox = await InboxSite.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Umbraco:CMS:Webhook:AllowPrivateTargets"] = "true" });
        using var owner = await inbox.OwnerAsync(Samples.SangjiuCourtyard);
        await using var listener = CalendarListener.Start(Ics(30, 32));

        using var response = await ImportAsync(owner, listener.Url);

        Assert.Contains("done=subscribed", response.Headers.Location!.OriginalString);
        Assert.Equal(1, listener.Requests);
        var block = await inbox.FormsDbAsync(db => db.RoomBlocks.SingleAsync());
        Assert.Equal((DateOnly.Parse(Bodies.Day(30)), 2), (block.FirstNight, block.Nights));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, await inbox.TryBookAsync(Samples.FamilyRoom, checkIn: 31, nights: 1));
        Assert.Equal(listener.Url, (await inbox.FormsDbAsync(db => db.CalendarSyncLog.SingleAsync())).Origin);
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient owner, string url) => owner.PostAsync(Stay + "/import-url", new FormUrlEncodedContent(
        [new("roomType", Samples.FamilyRoom.ToString("D")), new("label", "Booking.com"), new("url", url)]));

    private static string Ics(int from, int to) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:u1\r\nDTSTART;VALUE=DATE:" + Bodies.Day(from).Replace("-", "")
        + "\r\nDTEND;VALUE=DATE:" + Bodies.Day(to).Replace("-", "") + "\r\nSUMMARY:CLOSED - Not available\r\nEND:VEVENT\r\n"
        + "BEGIN:VEVENT\r\nUID:u2\r\nDTSTART;VALUE=DATE:" + Bodies.Day(from).Replace("-", "") + "\r\nDTEND;VALUE=DATE:" + Bodies.Day(to).Replace("-", "")
        + "\r\nSUMMARY:Booked\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    /// <summary>A real HTTP listener on loopback that answers every request with the calendar and counts them.</summary>
    private sealed class CalendarListener : IAsyncDisposable
    {
        private readonly TcpListener _listener;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private int _requests;

        private CalendarListener(string ics)
        {
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start();
            _loop = ServeAsync(Encoding.UTF8.GetBytes(ics));
        }

        public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/calendar.ics";

        public int Requests => Volatile.Read(ref _requests);

        public static CalendarListener Start(string ics) => new(ics);

        private async Task ServeAsync(byte[] body)
        {
            while (!_stop.IsCancellationRequested)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                var stream = client.GetStream();
                var buffer = new byte[8192];
                _ = await stream.ReadAsync(buffer, _stop.Token);
                Interlocked.Increment(ref _requests);
                var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/calendar\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(head, _stop.Token);
                await stream.WriteAsync(body, _stop.Token);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            try
            {
                await _loop;
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // Stopped.
            }

            _stop.Dispose();
        }
    }
}
