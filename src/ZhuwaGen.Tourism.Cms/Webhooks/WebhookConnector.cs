using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>
/// The webhook client's ConnectCallback: resolves the host once, refuses the connection when any address is not public
/// (<see cref="WebhookTargetPolicy"/>), and connects to an address it checked. Checking a name and then letting the
/// client resolve it again would let a DNS answer that changes in between (rebinding) reach the internal network.
/// Public so that other outgoing fetches of a URL an editor or owner typed (calendar imports) get the same care.
/// </summary>
public sealed class WebhookConnector(IWebhookHostResolver resolver, IOptionsMonitor<WebhookOptions> options)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endpoint = context.DnsEndPoint;
        var host = endpoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await resolver.ResolveAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        if (!options.CurrentValue.AllowPrivateTargets)
        {
            foreach (var address in addresses)
            {
                var range = WebhookTargetPolicy.Classify(address);
                if (range != WebhookAddressRange.Public)
                {
                    throw new WebhookTargetRefusedException(
                        WebhookTargetPolicy.Refused(context.InitialRequestMessage.RequestUri?.OriginalString ?? host, address.ToString(), range));
                }
            }
        }

        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }
}

/// <summary>
/// Thrown by <see cref="WebhookConnector"/> to stop a connection to a refused address; an exception because a
/// ConnectCallback has no other way to fail. The sender turns it into a refused attempt, which is not retried.
/// </summary>
internal sealed class WebhookTargetRefusedException(string reason) : Exception(reason);
