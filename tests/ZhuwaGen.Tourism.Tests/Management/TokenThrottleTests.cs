using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>The token endpoint is throttled like sign-in: per client address and per client_id, wrong secrets included.</summary>
public sealed class TokenThrottleTests
{
    private const string Proxy = "10.0.0.5";

    [Fact]
    public async Task Guessing_one_clients_secret_from_many_addresses_is_throttled_per_client_id()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Cms:Security:KnownProxies:0"] = Proxy,
            ["Cms:Security:TokenRequestsPerClientIdPerMinute"] = "3",
        });
        await using var _ = database;
        await using var __ = site;
        var peers = site.WithPeers();
        var credentials = await ManagementClients.CreateApiUserAsync(site, UserRoles.Editor);
        var other = await ManagementClients.CreateApiUserAsync(site, UserRoles.Editor);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var guesser = ConnectionAddresses.Client(peers, Proxy, forwardedFor: $"203.0.113.{i + 1}");
            using var guess = await ManagementClients.RequestTokenAsync(guesser, credentials.ClientId, "wrong secret " + i);
            answers.Add(guess.StatusCode);
        }

        using var owner = ConnectionAddresses.Client(peers, Proxy, forwardedFor: "198.51.100.9");
        using var rightSecret = await ManagementClients.RequestTokenAsync(owner, credentials.ClientId, credentials.ClientSecret);
        using var otherClient = await ManagementClients.RequestTokenAsync(owner, other.ClientId, other.ClientSecret);

        Assert.All(answers.Take(3), status => Assert.NotEqual(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[3]);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightSecret.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Fact]
    public async Task One_address_trying_many_clients_is_throttled_per_address_and_others_are_not()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Cms:Security:KnownProxies:0"] = Proxy,
            ["Cms:Security:TokenRequestsPerClientPerMinute"] = "3",
        });
        await using var _ = database;
        await using var __ = site;
        var peers = site.WithPeers();
        var credentials = await ManagementClients.CreateApiUserAsync(site, UserRoles.Writer);
        using var attacker = ConnectionAddresses.Client(peers, Proxy, forwardedFor: "203.0.113.7");
        using var owner = ConnectionAddresses.Client(peers, Proxy, forwardedFor: "198.51.100.9");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var guess = await ManagementClients.RequestTokenAsync(attacker, $"api-guess-{i}", "secret");
            answers.Add(guess.StatusCode);
        }

        using var fromElsewhere = await ManagementClients.RequestTokenAsync(owner, credentials.ClientId, credentials.ClientSecret);

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[3]);
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
    }
}
