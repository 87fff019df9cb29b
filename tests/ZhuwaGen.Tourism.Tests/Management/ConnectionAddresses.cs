using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>
/// The in-memory test server has no sockets, so no connection address. This gives the site one per client: the
/// test's <see cref="PeerHeader"/> becomes the TCP peer before the site's own pipeline (forwarded headers included)
/// runs, as if the client — or a proxy — connected from that address.
/// </summary>
public static class ConnectionAddresses
{
    public const string PeerHeader = "X-Test-Peer";

    public static WebApplicationFactory<Program> WithPeers(this SiteFactory site) =>
        site.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, PeerFilter>()));

    /// <summary>A cookie-keeping client that connects from <paramref name="peer"/>, optionally as a proxy forwarding <paramref name="forwardedFor"/>.</summary>
    public static HttpClient Client(WebApplicationFactory<Program> site, string peer, string? forwardedFor = null, bool https = false)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
        });
        client.DefaultRequestHeaders.Add(PeerHeader, peer);
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        return client;
    }

    private sealed class PeerFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[PeerHeader].ToString(), out var peer))
                {
                    context.Connection.RemoteIpAddress = peer;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
