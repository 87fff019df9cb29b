using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Admin;

/// <summary>
/// TOTP two-factor sign-in: turned on from the account screen with a first code, then asked for after the password
/// before any cookie; a wrong or replayed code is refused, wrong codes lock the client out like passwords, and neither
/// the token endpoint nor an old session gets round it.
/// </summary>
public sealed class TwoFactorSignInTests
{
    [Theory, BothProviders]
    public async Task After_enrolment_sign_in_asks_for_the_code_before_the_cookie_and_refuses_a_wrong_or_replayed_one(DatabaseProvider provider)
    {
        await using var test = await AdminSite.StartAsync(provider);
        var email = await ManagementClients.CreateUserAsync(test.Site, UserRoles.Editor);
        using var editor = await ManagementClients.SignInAsync(test.Site, email);

        var (secret, page) = await AdminSite.EnrolAsync(editor);
        var stored = await test.Site.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        var audit = await test.Site.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.TwoFactorOn).ToListAsync());

        // Recovery codes once; the secret kept protected, not as the Base32 the app got.
        Assert.Contains("id=\"recovery-codes\"", page);
        Assert.Contains("no-store", (await editor.GetAsync("/umbraco/account/two-factor")).Headers.CacheControl!.ToString());
        Assert.DoesNotContain("id=\"recovery-codes\"", await editor.GetStringAsync("/umbraco/account/two-factor"));
        Assert.NotNull(stored.TwoFactorSecret);
        Assert.DoesNotContain(secret, stored.TwoFactorSecret);
        Assert.Equal(email, Assert.Single(audit).Details);

        using var browser = ManagementClients.NewClient(test.Site);
        using var password = await AdminSite.PasswordAsync(browser, email);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Equal("/umbraco/login/code", password.Headers.Location!.OriginalString);
        Assert.DoesNotContain(SetCookies(password), c => c.StartsWith(BackOfficeSchemes.CookieName + "=", StringComparison.Ordinal));
        using var notYet = await browser.GetAsync("/umbraco/stops");
        Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);

        var codePage = await browser.GetStringAsync("/umbraco/login/code");
        Assert.Contains("autocomplete=\"one-time-code\"", codePage);
        Assert.Contains("inputmode=\"numeric\"", codePage);

        var next = AdminSite.Code(secret, steps: 1);
        using var wrong = await AdminSite.CodeAsync(browser, ((int.Parse(next, System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);

        using var right = await AdminSite.CodeAsync(browser, next);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/umbraco", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/umbraco/stops")).StatusCode);

        // The same code from another browser, even with the right password, is spent.
        using var thief = ManagementClients.NewClient(test.Site);
        using var thiefPassword = await AdminSite.PasswordAsync(thief, email);
        using var replayed = await AdminSite.CodeAsync(thief, next);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await thief.GetAsync("/umbraco/stops")).StatusCode);
    }

    [Theory, BothProviders]
    public async Task Wrong_codes_lock_the_client_out_like_passwords_a_recovery_code_works_once_and_a_code_turns_it_off(DatabaseProvider provider)
    {
        await using var test = await AdminSite.StartAsync(provider);
        var email = await ManagementClients.CreateUserAsync(test.Site, UserRoles.Writer);
        using var writer = await ManagementClients.SignInAsync(test.Site, email);
        var (secret, page) = await AdminSite.EnrolAsync(writer);
        var recovery = System.Text.RegularExpressions.Regex.Match(page, "<li class=\"reference\">([a-z0-9-]+)</li>").Groups[1].Value;

        var peers = test.Site.WithPeers();
        using var guesser = ConnectionAddresses.Client(peers, "203.0.113.5");
        using var _ = await AdminSite.PasswordAsync(guesser, email);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await AdminSite.CodeAsync(guesser, "000000" == AdminSite.Code(secret) ? "111111" : "000000");
        }

        using var locked = await AdminSite.CodeAsync(guesser, AdminSite.Code(secret, steps: 1));
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("Too many wrong codes", await locked.Content.ReadAsStringAsync());

        // The owner elsewhere is not locked out, and a recovery code stands in for the app once.
        using var owner = ConnectionAddresses.Client(peers, "198.51.100.9");
        using var __ = await AdminSite.PasswordAsync(owner, email);
        using var recovered = await AdminSite.CodeAsync(owner, recovery.ToUpperInvariant());
        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        using var other = ConnectionAddresses.Client(peers, "198.51.100.10");
        using var ___ = await AdminSite.PasswordAsync(other, email);
        using var again = await AdminSite.CodeAsync(other, recovery);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        // An administrator sees the lockout on the account's card and lifts it; the guesser's client may try again.
        var adminEmail = await ManagementClients.CreateUserAsync(test.Site, UserRoles.Admin);
        using var admin = ConnectionAddresses.Client(peers, "198.51.100.20");
        using var ____ = await AdminSite.PasswordAsync(admin, adminEmail);
        var writerKey = await test.Site.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Key).SingleAsync());
        var card = await admin.GetStringAsync($"/umbraco/admin/users/{writerKey:D}");
        Assert.Contains("Sign-ins paused", card);
        using var unlock = await admin.PostAsync($"/umbraco/admin/users/{writerKey:D}/unlock", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", BackofficeForm.Read(card, "user")["__RequestVerificationToken"]!)]));
        Assert.Equal(HttpStatusCode.Redirect, unlock.StatusCode);
        using var unlocked = await AdminSite.CodeAsync(guesser, AdminSite.Code(secret, steps: 1));
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);

        // Turning it off takes a code: without one nothing changes; with one, the password alone signs in again.
        using var noCode = await BackofficeForm.Read(await owner.GetStringAsync("/umbraco/account/two-factor"), "two-factor-off").Set("code", "123").PostAsync(owner, intent: null);
        Assert.Equal(HttpStatusCode.BadRequest, noCode.StatusCode);
        using var off = await BackofficeForm.Read(await owner.GetStringAsync("/umbraco/account/two-factor"), "two-factor-off")
            .Set("code", System.Text.RegularExpressions.Regex.Matches(page, "<li class=\"reference\">([a-z0-9-]+)</li>")[1].Groups[1].Value).PostAsync(owner, intent: null);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Null(await test.Site.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorSecret).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/umbraco/stops")).StatusCode);
        using var plain = await ManagementClients.SignInAsync(test.Site, email);
    }

    [Theory, BothProviders]
    public async Task With_RequireTwoFactorForAdmins_an_admin_without_it_is_sent_to_set_it_up_first(DatabaseProvider provider)
    {
        await using var test = await AdminSite.StartAsync(provider, requireTwoFactorForAdmins: true);
        using var admin = await test.AsAsync(UserRoles.Admin);
        using var editor = await test.AsAsync(UserRoles.Editor);

        using var stops = await admin.GetAsync("/umbraco/stops");
        using var users = await admin.GetAsync("/umbraco/admin/users");
        using var api = await admin.GetAsync(ManagementApiRoutes.Base + "/user/current");
        using var setup = await admin.GetAsync("/umbraco/account/two-factor");
        using var editorStops = await editor.GetAsync("/umbraco/stops");

        Assert.Equal("/umbraco/account/two-factor", stops.Headers.Location!.OriginalString);
        Assert.Equal("/umbraco/account/two-factor", users.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        Assert.Contains("requires administrators to use two-factor", await setup.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, editorStops.StatusCode);

        await AdminSite.EnrolAsync(admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/umbraco/stops")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/umbraco/admin/users")).StatusCode);
    }

    [Fact]
    public async Task The_token_endpoint_is_no_way_round_the_code()
    {
        await using var test = await AdminSite.StartAsync(DatabaseProvider.Sqlite);
        var email = await ManagementClients.CreateUserAsync(test.Site, UserRoles.Admin);
        using var admin = await ManagementClients.SignInAsync(test.Site, email);
        await AdminSite.EnrolAsync(admin);
        using var client = ManagementClients.NewClient(test.Site);

        using var passwordGrant = await client.PostAsync(ManagementApiRoutes.Token, new FormUrlEncodedContent(
        [
            new("grant_type", "password"), new("username", email), new("password", ManagementClients.Password),
            new("client_id", "umbraco-back-office"),
        ]));
        using var asClient = await ManagementClients.RequestTokenAsync(client, email, ManagementClients.Password);

        Assert.Equal(HttpStatusCode.BadRequest, passwordGrant.StatusCode);
        Assert.Equal("unsupported_grant_type", (await passwordGrant.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.NotEqual(HttpStatusCode.OK, asClient.StatusCode);
        Assert.DoesNotContain("access_token", await asClient.Content.ReadAsStringAsync());
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}
