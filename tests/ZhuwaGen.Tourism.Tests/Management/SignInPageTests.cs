using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>The server-rendered back-office sign-in page and its cookie.</summary>
public sealed class SignInPageTests
{
    private const string Login = "/umbraco/login";

    // Where a sign-in without a usable returnUrl lands: the back-office's home screen.
    private const string Home = "/umbraco";

    [Theory, BothProviders]
    public async Task Sign_in_page_is_a_plain_form_with_antiforgery_readable_on_a_phone(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var client = ManagementClients.NewClient(site);

        var html = await client.GetStringAsync(Login);

        Assert.Contains("<form method=\"post\" action=\"/umbraco/login\">", html);
        Assert.Contains("name=\"__RequestVerificationToken", html);
        Assert.Contains("name=\"email\" type=\"email\"", html);
        Assert.Contains("name=\"password\" type=\"password\"", html);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html);
        // The form needs no script; the one module is the shell's, which tells the back-office service worker to forget
        // the screens it kept for whoever was signed in before.
        var script = Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>"));
        Assert.Matches("^<script type=\"module\" src=\"/umbraco/assets/shell\\.[0-9a-f]{12}\\.js\"", script.Value);
    }

    [Theory, BothProviders]
    public async Task Signing_in_sets_an_http_only_lax_cookie_with_role_and_email_and_signing_out_ends_it(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        var email = await ManagementClients.CreateUserAsync(site, UserRoles.Writer);
        using var client = ManagementClients.NewClient(site);

        using var response = await client.PostAsync(Login, await ManagementClients.SignInFormAsync(client, email.ToUpperInvariant(), ManagementClients.Password));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("zg_backoffice=", StringComparison.Ordinal));
        var me = await client.GetFromJsonAsync<JsonElement>("/umbraco/management/api/v1/user/current");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal(UserRoles.Writer, me.GetProperty("role").GetString());

        var page = await client.GetStringAsync(Login);
        var field = System.Text.RegularExpressions.Regex.Match(page, "name=\"(?<n>__RequestVerificationToken[^\"]*)\" value=\"(?<v>[^\"]+)\"");
        using var signedOut = await client.PostAsync("/umbraco/logout", new FormUrlEncodedContent(
            [new(WebUtility.HtmlDecode(field.Groups["n"].Value), WebUtility.HtmlDecode(field.Groups["v"].Value))]));
        using var after = await client.GetAsync("/umbraco/management/api/v1/user/current");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory, BothProviders]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_generic_answer(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        var email = await ManagementClients.CreateUserAsync(site, UserRoles.Editor);
        using var client = ManagementClients.NewClient(site);

        using var wrongPassword = await client.PostAsync(Login, await ManagementClients.SignInFormAsync(client, email, "not the password"));
        using var unknown = await client.PostAsync(Login, await ManagementClients.SignInFormAsync(client, "nobody@example.invalid", "whatever password"));
        var apiUser = await ManagementClients.CreateApiUserAsync(site, UserRoles.Admin);
        using var asApiUser = await client.PostAsync(Login, await ManagementClients.SignInFormAsync(client, apiUser.ClientId + "@api.invalid", ""));

        foreach (var response in new[] { wrongPassword, unknown, asApiUser })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("Email or password is wrong", await response.Content.ReadAsStringAsync());
            Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("zg_backoffice=", StringComparison.Ordinal)));
        }
    }

    [Theory, BothProviders]
    public async Task A_sign_in_without_the_antiforgery_field_is_400_and_signs_nobody_in(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        var email = await ManagementClients.CreateUserAsync(site, UserRoles.Admin);
        using var client = ManagementClients.NewClient(site);
        await client.GetStringAsync(Login); // the antiforgery cookie is set; only the field is missing

        using var response = await client.PostAsync(Login, new FormUrlEncodedContent([new("email", email), new("password", ManagementClients.Password)]));
        using var me = await client.GetAsync("/umbraco/management/api/v1/user/current");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task A_crafted_return_url_never_fails_and_never_leaves_the_site()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        var email = await ManagementClients.CreateUserAsync(site, UserRoles.Admin);

        // As posted in the form (decoded): "/\t/" is "//" to a browser, "\\host" is "//host" to some.
        foreach (var returnUrl in new[] { "/\t/evil.example/", "/\r\nSet-Cookie: x=1", "//evil.example/", "\\\\evil.example\\", "/\\evil.example/", "https://evil.example/", "javascript:alert(1)" })
        {
            using var client = ManagementClients.NewClient(site);
            using var page = await client.GetAsync(Login + "?returnUrl=" + Uri.EscapeDataString(returnUrl));
            var form = await ManagementClients.SignInFormAsync(client, email, ManagementClients.Password);
            var fields = (await form.ReadAsStringAsync()).Split('&').Select(p => p.Split('=')).Select(p => new KeyValuePair<string, string>(
                Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p[1].Replace('+', ' ')))).ToList();
            using var response = await client.PostAsync(Login, new FormUrlEncodedContent(fields.Append(new("returnUrl", returnUrl))));

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.DoesNotContain("name=\"returnUrl\"", await page.Content.ReadAsStringAsync());
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{returnUrl}: {response.StatusCode}");
            Assert.Equal(Home, response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task A_local_return_url_is_followed()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        var email = await ManagementClients.CreateUserAsync(site, UserRoles.Admin);
        using var client = ManagementClients.NewClient(site);
        var form = await ManagementClients.SignInFormAsync(client, email, ManagementClients.Password);
        var fields = (await form.ReadAsStringAsync()).Split('&').Select(p => p.Split('=')).Select(p => new KeyValuePair<string, string>(
            Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p[1].Replace('+', ' ')))).ToList();

        using var response = await client.PostAsync(Login, new FormUrlEncodedContent(fields.Append(new("returnUrl", "/umbraco/openapi"))));

        Assert.Equal("/umbraco/openapi", response.Headers.Location?.OriginalString);
    }

    [Theory, BothProviders]
    public async Task The_return_url_must_be_local(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        var email = await ManagementClients.CreateUserAsync(site, UserRoles.Admin);
        using var client = ManagementClients.NewClient(site);
        var form = await ManagementClients.SignInFormAsync(client, email, ManagementClients.Password);
        var fields = (await form.ReadAsStringAsync()).Split('&').Select(p => p.Split('=')).Select(p => new KeyValuePair<string, string>(
            Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p[1].Replace('+', ' ')))).ToList();

        using var response = await client.PostAsync(Login, new FormUrlEncodedContent(fields.Append(new("returnUrl", "//evil.example/"))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Home, response.Headers.Location?.OriginalString);
    }
}
