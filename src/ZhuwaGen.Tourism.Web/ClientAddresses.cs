using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Web;

/// <summary>
/// The real client behind a TLS-terminating proxy: X-Forwarded-For and X-Forwarded-Proto are believed only when the
/// connection comes from a proxy listed in Cms:Security:KnownProxies or KnownNetworks (loopback is trusted by
/// default). Anyone else's forwarded headers are ignored, so a client cannot pick its own rate-limit bucket.
/// </summary>
internal static class ClientAddresses
{
    public static IServiceCollection AddClientAddresses(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SignInSecurityOptions>>((forwarded, security) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in security.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in security.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddOptions<SignInSecurityOptions>()
            .Validate(
                o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)) && o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)),
                "Cms:Security:KnownProxies must be IP addresses and KnownNetworks CIDR ranges such as 10.0.0.0/8.");
        return services;
    }
}
