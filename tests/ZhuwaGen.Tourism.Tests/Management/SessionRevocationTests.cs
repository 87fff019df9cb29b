using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>A sign-in cookie is a server-side session: sign-out, a new password or a new role ends it, copies included.</summary>
public sealed partial class SessionRevocationTests
{
    private const string CurrentUser = "/umbraco/management/api/v1/user/current";

    [Theory, BothProviders]
    public async Task A_copied_cookie_stops_working_right_after_sign_out(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        var email = await ManagementClients.CreateUserAsync(site, UserRoles.Editor);
        using var browser = ManagementClients.NewClient(site);
        using var signIn = await browser.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(browser, email, ManagementClients.Password));
        using var thief = CopyOf(site, signIn);

        using var before = await thief.GetAsync(CurrentUser);
        var page = await browser.GetStringAsync(ManagementApiRoutes.Login);
        var field = AntiforgeryField().Match(page);
        using var signOut = await browser.PostAsync(ManagementApiRoutes.Logout, new FormUrlEncodedContent(
            [new(WebUtility.HtmlDecode(field.Groups["name"].Value), WebUtility.HtmlDecode(field.Groups["value"].Value))]));
        using var after = await thief.GetAsync(CurrentUser);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory, BothProviders]
    public async Task A_new_password_or_role_ends_existing_sessions(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        var email = await ManagementClients.CreateUserAsync(site, UserRoles.Editor);
        var key = await site.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Key).SingleAsync());

        using var first = await ManagementClients.SignInAsync(site, email);
        await site.WithScopeAsync<UserService>(async users =>
            Assert.Equal(UserOperationStatus.Success, await users.ChangePasswordAsync(key, "another long password", CancellationToken.None)));
        using var afterPassword = await first.GetAsync(CurrentUser);

        using var second = await ManagementClients.SignInAsync(site, email, "another long password");
        await site.WithScopeAsync<UserService>(async users =>
            Assert.Equal(UserOperationStatus.Success, await users.ChangeRoleAsync(key, UserRoles.Writer, CancellationToken.None)));
        using var afterRole = await second.GetAsync(CurrentUser);

        Assert.Equal(HttpStatusCode.Unauthorized, afterPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRole.StatusCode);
    }

    [Theory, BothProviders]
    public async Task The_stamp_is_read_once_per_few_seconds_yet_a_revocation_here_ends_the_session_at_once(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Cms:Security:SessionStampCacheDuration"] = "00:00:01",
        });
        await using var _ = database;
        await using var __ = site.Start();
        var email = await ManagementClients.CreateUserAsync(site, UserRoles.Editor);
        var key = await site.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Key).SingleAsync());
        using var first = await ManagementClients.SignInAsync(site, email);
        using (await first.GetAsync(CurrentUser))
        {
        }

        // Once the cached stamp has expired a request reads it again; the next one, within the duration, does not.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var cold = await CommandsAsync(site, first);
        var warm = await CommandsAsync(site, first);
        Assert.Equal(cold - 1, warm);

        // Revoked on this instance while the stamp is cached: the very next request is refused.
        await site.WithScopeAsync<UserService>(async users =>
            Assert.Equal(UserOperationStatus.Success, await users.ChangePasswordAsync(key, "another long password", CancellationToken.None)));
        using var afterPassword = await first.GetAsync(CurrentUser);
        Assert.Equal(HttpStatusCode.Unauthorized, afterPassword.StatusCode);

        // Revoked by another instance (straight in the database): refused once the cached stamp expires.
        using var second = await ManagementClients.SignInAsync(site, email, "another long password");
        using var beforeOther = await second.GetAsync(CurrentUser);
        await site.WithDbAsync(db => db.Users.Where(u => u.Key == key).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, UserSessions.NewStamp())));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        using var afterOther = await second.GetAsync(CurrentUser);
        Assert.Equal(HttpStatusCode.OK, beforeOther.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterOther.StatusCode);
    }

    private static async Task<int> CommandsAsync(SiteFactory site, HttpClient client)
    {
        site.Commands.Reset();
        using var response = await client.GetAsync(CurrentUser);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return site.Commands.For(CurrentUser);
    }

    [Fact]
    public async Task The_cookie_is_secure_over_https_and_behind_a_known_tls_proxy_and_always_when_required()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Cms:Security:KnownProxies:0"] = "10.0.0.5",
        });
        await using var _ = database;
        await using var __ = site;
        var peers = site.WithPeers();
        var email = await ManagementClients.CreateUserAsync(site, UserRoles.Admin);

        using var https = ConnectionAddresses.Client(peers, "198.51.100.1", https: true);
        using var proxied = ConnectionAddresses.Client(peers, "10.0.0.5", forwardedFor: "198.51.100.2");
        proxied.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        using var plain = ConnectionAddresses.Client(peers, "198.51.100.3");

        Assert.Contains("; secure", await SignInCookieAsync(https, email), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; secure", await SignInCookieAsync(proxied, email), StringComparison.OrdinalIgnoreCase);
        var plainCookie = await SignInCookieAsync(plain, email);
        Assert.DoesNotContain("; secure", plainCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", plainCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", plainCookie, StringComparison.OrdinalIgnoreCase);

        await using var strict = new SiteFactory(database, new Dictionary<string, string?> { ["Cms:Security:RequireHttpsCookies"] = "true" });
        using var plainToStrict = ManagementClients.NewClient(strict);
        Assert.Contains("; secure", await SignInCookieAsync(plainToStrict, email), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> SignInCookieAsync(HttpClient client, string email)
    {
        using var response = await client.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(client, email, ManagementClients.Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(BackOfficeSchemes.CookieName + "=", StringComparison.Ordinal));
    }

    // The sign-in cookie replayed by someone else's client, as a thief who copied it would.
    private static HttpClient CopyOf(SiteFactory site, HttpResponseMessage signIn)
    {
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(BackOfficeSchemes.CookieName + "=", StringComparison.Ordinal)).Split(';')[0];
        var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\">")]
    private static partial Regex AntiforgeryField();
}
