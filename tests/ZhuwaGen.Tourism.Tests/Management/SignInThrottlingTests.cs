using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Mail;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>
/// Guessing passwords is limited per client address (the real one, behind a configured proxy), locked out per
/// (account, client) and only slowed per account, so the owner who signs in from elsewhere is never shut out; the
/// owner is told by email when a client is locked out.
/// </summary>
public sealed class SignInThrottlingTests
{
    private const string Proxy = "10.0.0.5";
    private const string Attacker = "203.0.113.7";
    private const string Owner = "198.51.100.9";

    [Fact]
    public async Task A_client_over_its_limit_gets_429_while_the_owner_behind_the_same_proxy_signs_in()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Cms:Security:KnownProxies:0"] = Proxy,
        });
        await using var _ = database;
        await using var __ = site;
        var peers = site.WithPeers();
        var email = await ManagementClients.CreateUserAsync(site, UserRoles.Admin);
        using var attacker = ConnectionAddresses.Client(peers, Proxy, forwardedFor: Attacker);
        using var owner = ConnectionAddresses.Client(peers, Proxy, forwardedFor: Owner);

        var answers = new List<HttpStatusCode>();
        string? retryAfter = null;
        for (var i = 0; i < 12; i++)
        {
            // Unknown accounts, so that only the per-client limit is at work here.
            using var response = await attacker.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(attacker, $"guess{i}@example.invalid", "wrong password"));
            answers.Add(response.StatusCode);
            retryAfter ??= response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using var signIn = await owner.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(owner, email, ManagementClients.Password));

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.BadRequest, 10), answers.Take(10));
        Assert.All(answers.Skip(10), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        Assert.InRange(int.Parse(retryAfter!, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unknown_proxy_do_not_give_a_client_a_fresh_bucket()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Cms:Security:KnownProxies:0"] = Proxy,
        });
        await using var _ = database;
        await using var __ = site;
        var peers = site.WithPeers();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            // Each request claims another client address, from a peer that is not a known proxy.
            using var client = ConnectionAddresses.Client(peers, "192.0.2.50", forwardedFor: $"198.51.100.{i + 1}");
            using var response = await client.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(client, "nobody@example.invalid", "wrong password"));
            answers.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    [Theory, BothProviders]
    public async Task Wrong_passwords_lock_out_the_guessing_client_while_the_owner_signs_in_from_elsewhere_and_is_emailed(DatabaseProvider provider)
    {
        var pickup = Directory.CreateTempSubdirectory("zhuwagen-mail-").FullName;
        try
        {
            var (site, database) = await SiteFactory.CreateAsync(provider, new Dictionary<string, string?>
            {
                ["Cms:Security:KnownProxies:0"] = Proxy,
                ["Cms:Security:MaxFailedSignIns"] = "3",
                ["Cms:Security:LockoutDuration"] = "00:00:03",
                ["Smtp:PickupDirectory"] = pickup,
            });
            await using var _ = database;
            await using var __ = site;
            var peers = site.WithPeers();
            var email = await ManagementClients.CreateUserAsync(site, UserRoles.Editor);
            using var attacker = ConnectionAddresses.Client(peers, Proxy, forwardedFor: Attacker);
            using var owner = ConnectionAddresses.Client(peers, Proxy, forwardedFor: Owner);

            for (var i = 0; i < 3; i++)
            {
                using var guess = await attacker.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(attacker, email, "wrong password " + i));
                Assert.Equal(HttpStatusCode.BadRequest, guess.StatusCode);
            }

            // Even the right password is refused from the client that guessed, with the same message as a wrong one.
            using var attackerRight = await attacker.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(attacker, email, ManagementClients.Password));
            var page = await attackerRight.Content.ReadAsStringAsync();
            using var ownerRight = await owner.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(owner, email, ManagementClients.Password));
            var mail = await MimeMessage.LoadAsync(await MailFiles.WaitForOneAsync(pickup));

            Assert.Equal(HttpStatusCode.BadRequest, attackerRight.StatusCode);
            Assert.Contains("Email or password is wrong", page);
            Assert.Equal(HttpStatusCode.Redirect, ownerRight.StatusCode);
            Assert.Equal(email, Assert.Single(mail.To.Mailboxes).Address);
            Assert.Equal(LockoutMail.Subject, mail.Subject);
            Assert.Contains("3 times in a row", mail.TextBody);

            await Task.Delay(TimeSpan.FromSeconds(3.5));
            using var afterwards = await attacker.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(attacker, email, ManagementClients.Password));
            var user = await site.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));

            Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
            Assert.Equal(0, user.AccessFailedCount);
            Assert.Null(user.LockoutEnd);
            Assert.Single(Directory.GetFiles(pickup, "*.eml"));
        }
        finally
        {
            Directory.Delete(pickup, recursive: true);
        }
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_real_client_has_its_own_lockout()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Cms:Security:KnownProxies:0"] = Proxy,
            ["Cms:Security:MaxFailedSignIns"] = "2",
        });
        await using var _ = database;
        await using var __ = site;
        var peers = site.WithPeers();
        var email = await ManagementClients.CreateUserAsync(site, UserRoles.Writer);
        using var first = ConnectionAddresses.Client(peers, Proxy, forwardedFor: "203.0.113.1");
        using var second = ConnectionAddresses.Client(peers, Proxy, forwardedFor: "203.0.113.2");

        // Each real client is one wrong password short of its lockout: one shared bucket would be locked by now.
        foreach (var client in new[] { first, second })
        {
            using var guess = await client.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(client, email, "wrong password"));
        }

        using var firstRight = await first.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(first, email, ManagementClients.Password));

        Assert.Equal(HttpStatusCode.Redirect, firstRight.StatusCode);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unknown_proxy_do_not_escape_a_lockout()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Cms:Security:KnownProxies:0"] = Proxy,
            ["Cms:Security:MaxFailedSignIns"] = "2",
        });
        await using var _ = database;
        await using var __ = site;
        var peers = site.WithPeers();
        var email = await ManagementClients.CreateUserAsync(site, UserRoles.Writer);

        for (var i = 0; i < 2; i++)
        {
            // Each guess claims another address, from a peer that is not a known proxy: it is counted as the peer.
            using var guesser = ConnectionAddresses.Client(peers, "192.0.2.50", forwardedFor: $"198.51.100.{i + 1}");
            using var guess = await guesser.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(guesser, email, "wrong password"));
        }

        using var claimsOwner = ConnectionAddresses.Client(peers, "192.0.2.50", forwardedFor: Owner);
        using var right = await claimsOwner.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(claimsOwner, email, ManagementClients.Password));

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
    }

    [Fact]
    public async Task Guesses_from_many_clients_slow_the_account_down_but_never_lock_out_its_owner()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Cms:Security:KnownProxies:0"] = Proxy,
            ["Cms:Security:MaxFailedSignIns"] = "3",
            ["Cms:Security:AccountSlowdownAfter"] = "4",
            ["Cms:Security:AccountSlowdownDelay"] = "00:00:01",
        });
        await using var _ = database;
        await using var __ = site;
        var peers = site.WithPeers();
        var email = await ManagementClients.CreateUserAsync(site, UserRoles.Admin);

        // More wrong passwords than one client may make, spread over clients that each stay under their own limit.
        for (var i = 0; i < 6; i++)
        {
            using var guesser = ConnectionAddresses.Client(peers, Proxy, forwardedFor: $"203.0.113.{i + 1}");
            using var guess = await guesser.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(guesser, email, "wrong password"));
            Assert.Equal(HttpStatusCode.BadRequest, guess.StatusCode);
        }

        using var owner = ConnectionAddresses.Client(peers, Proxy, forwardedFor: Owner);
        var form = await ManagementClients.SignInFormAsync(owner, email, ManagementClients.Password);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var signIn = await owner.PostAsync(ManagementApiRoutes.Login, form);
        watch.Stop();

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.95), $"the owner's sign-in took {watch.Elapsed.TotalMilliseconds:F0} ms, not slowed");
    }

    [Fact]
    public async Task Parallel_wrong_passwords_from_one_client_lock_it_out_once_and_send_one_email()
    {
        var pickup = Directory.CreateTempSubdirectory("zhuwagen-mail-").FullName;
        try
        {
            var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
            {
                ["Cms:Security:KnownProxies:0"] = Proxy,
                ["Cms:Security:MaxFailedSignIns"] = "3",
                ["Smtp:PickupDirectory"] = pickup,
            });
            await using var _ = database;
            await using var __ = site;
            var peers = site.WithPeers();
            var email = await ManagementClients.CreateUserAsync(site, UserRoles.Writer);

            await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
            {
                using var guesser = ConnectionAddresses.Client(peers, Proxy, forwardedFor: Attacker);
                using var guess = await guesser.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(guesser, email, "wrong password"));
            }));
            using var attacker = ConnectionAddresses.Client(peers, Proxy, forwardedFor: Attacker);
            using var right = await attacker.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(attacker, email, ManagementClients.Password));
            await MailFiles.WaitForOneAsync(pickup);

            // A second message, had one been queued, is written within the same moment as the first.
            await Task.Delay(500);
            Assert.Single(Directory.GetFiles(pickup, "*.eml"));
            Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        }
        finally
        {
            Directory.Delete(pickup, recursive: true);
        }
    }
}
