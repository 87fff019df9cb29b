using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>
/// Guessing passwords is slowed per client address (the real one, behind a configured proxy) and per account, without
/// shutting out the owner who signs in from elsewhere; a locked account's owner is told by email.
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
        for (var i = 0; i < 12; i++)
        {
            // Unknown accounts, so that only the per-client limit is at work here.
            using var response = await attacker.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(attacker, $"guess{i}@example.invalid", "wrong password"));
            answers.Add(response.StatusCode);
        }

        using var signIn = await owner.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(owner, email, ManagementClients.Password));

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.BadRequest, 10), answers.Take(10));
        Assert.All(answers.Skip(10), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
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
    public async Task An_account_is_locked_after_repeated_wrong_passwords_its_owner_is_emailed_and_it_opens_again(DatabaseProvider provider)
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

            // The guesses come from three different addresses: the per-client limit alone would never stop them.
            for (var i = 0; i < 3; i++)
            {
                using var guesser = ConnectionAddresses.Client(peers, Proxy, forwardedFor: $"203.0.113.{i + 1}");
                using var guess = await guesser.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(guesser, email, "wrong password " + i));
                Assert.Equal(HttpStatusCode.BadRequest, guess.StatusCode);
            }

            using var owner = ConnectionAddresses.Client(peers, Proxy, forwardedFor: Owner);
            using var whileLocked = await owner.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(owner, email, ManagementClients.Password));
            var page = await whileLocked.Content.ReadAsStringAsync();
            var mails = Directory.GetFiles(pickup, "*.eml");

            Assert.Equal(HttpStatusCode.BadRequest, whileLocked.StatusCode);
            Assert.Contains("Email or password is wrong", page);
            var mail = await MimeMessage.LoadAsync(Assert.Single(mails));
            Assert.Equal(email, Assert.Single(mail.To.Mailboxes).Address);
            Assert.Equal(LockoutMail.Subject, mail.Subject);
            Assert.Contains("3 times in a row", mail.TextBody);

            await Task.Delay(TimeSpan.FromSeconds(3.5));
            using var afterwards = await owner.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(owner, email, ManagementClients.Password));
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
    public async Task Parallel_wrong_passwords_lock_the_account_once_and_send_one_email()
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
                using var guesser = ConnectionAddresses.Client(peers, Proxy, forwardedFor: $"203.0.113.{i + 1}");
                using var guess = await guesser.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(guesser, email, "wrong password"));
            }));

            Assert.Single(Directory.GetFiles(pickup, "*.eml"));
            Assert.NotNull(await site.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync()));
        }
        finally
        {
            Directory.Delete(pickup, recursive: true);
        }
    }
}
