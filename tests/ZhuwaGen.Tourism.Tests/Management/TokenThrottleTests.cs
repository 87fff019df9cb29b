using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>The token endpoint is throttled like sign-in: requests per client address, wrong secrets per (client_id, address), and only slowed per client_id.</summary>
public sealed class TokenThrottleTests
{
    private const string Proxy = "10.0.0.5";

    [Fact]
    public async Task Guessing_one_clients_secret_from_many_addresses_slows_it_down_but_never_refuses_the_client()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Cms:Security:KnownProxies:0"] = Proxy,
            ["Cms:Security:AccountSlowdownAfter"] = "3",
            ["Cms:Security:AccountSlowdownDelay"] = "00:00:00.3",
        });
        await using var _ = database;
        await using var __ = site;
        var peers = site.WithPeers();
        var credentials = await ManagementClients.CreateApiUserAsync(site, UserRoles.Editor);

        // Twelve wrong secrets: more than the ten a client_id could once get from anywhere in a minute.
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            using var guesser = ConnectionAddresses.Client(peers, Proxy, forwardedFor: $"203.0.113.{i + 1}");
            using var guess = await ManagementClients.RequestTokenAsync(guesser, credentials.ClientId, "wrong secret " + i);
            answers.Add(guess.StatusCode);
        }

        using var owner = ConnectionAddresses.Client(peers, Proxy, forwardedFor: "198.51.100.9");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var rightSecret = await ManagementClients.RequestTokenAsync(owner, credentials.ClientId, credentials.ClientSecret);
        watch.Stop();

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers);
        Assert.Equal(HttpStatusCode.OK, rightSecret.StatusCode);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.28), $"the right secret took {watch.Elapsed.TotalMilliseconds:F0} ms, not slowed");
    }

    [Fact]
    public async Task An_address_that_keeps_failing_at_a_client_id_is_locked_out_of_it_while_the_client_elsewhere_is_not()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Cms:Security:KnownProxies:0"] = Proxy,
            ["Cms:Security:MaxFailedSignIns"] = "3",
        });
        await using var _ = database;
        await using var __ = site;
        var peers = site.WithPeers();
        var credentials = await ManagementClients.CreateApiUserAsync(site, UserRoles.Editor);
        using var attacker = ConnectionAddresses.Client(peers, Proxy, forwardedFor: "203.0.113.7");
        using var owner = ConnectionAddresses.Client(peers, Proxy, forwardedFor: "198.51.100.9");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var guess = await ManagementClients.RequestTokenAsync(attacker, credentials.ClientId, "wrong secret " + i);
            answers.Add(guess.StatusCode);
        }

        using var attackerRight = await ManagementClients.RequestTokenAsync(attacker, credentials.ClientId, credentials.ClientSecret);
        using var ownerRight = await ManagementClients.RequestTokenAsync(owner, credentials.ClientId, credentials.ClientSecret);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, attackerRight.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownerRight.StatusCode);
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

    [Fact]
    public async Task A_malformed_form_body_is_a_400_not_a_500()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site;
        using var client = ManagementClients.NewClient(site);
        using var body = new StringContent("--x\r\nbroken");
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        using var response = await client.PostAsync(Cms.Management.ManagementApiRoutes.Token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_request", await response.Content.ReadAsStringAsync());
    }
}
