using System.Net;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>
/// Resolves a webhook host name for <see cref="WebhookConnector"/>, which checks every address and connects to one of
/// them. A seam so that tests can point a name at loopback without a DNS server.
/// </summary>
public interface IWebhookHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

/// <summary>The operating system's resolver.</summary>
internal sealed class SystemWebhookHostResolver : IWebhookHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => Dns.GetHostAddressesAsync(host, cancellationToken);
}
