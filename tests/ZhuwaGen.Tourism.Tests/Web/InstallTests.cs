using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Web;

/// <summary>The first administrator: from the unattended settings, or through the one-time install link in the log.</summary>
public sealed partial class InstallTests
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task Without_unattended_settings_the_log_shows_a_one_time_install_link()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var site = new SiteFactory(database).Start();

        Assert.Single(site.Log.Messages, m => m.Contains("/install?token=", StringComparison.Ordinal));
        Assert.False(await site.WithDbAsync(db => db.Users.AnyAsync()));
    }

    [Fact]
    public async Task Install_page_is_404_without_the_token_or_with_a_wrong_one()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var site = new SiteFactory(database).Start();
        using var client = site.CreateClient();

        using var without = await client.GetAsync("/install");
        using var wrong = await client.GetAsync("/install?token=" + new string('A', InstallToken(site).Length));
        using var right = await client.GetAsync("/install?token=" + InstallToken(site));

        Assert.Equal(HttpStatusCode.NotFound, without.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task Install_page_with_the_token_shows_a_form_with_an_antiforgery_field()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var site = new SiteFactory(database).Start();
        using var client = site.CreateClient();

        var form = await client.GetStringAsync("/install?token=" + InstallToken(site));

        Assert.Contains("<form class=\"site-form\" method=\"post\" action=\"/install\">", form);
        Assert.Matches(AntiforgeryField(), form);
        Assert.Contains($"name=\"token\" value=\"{InstallToken(site)}\"", form);
    }

    [Fact]
    public async Task Install_post_without_the_antiforgery_token_is_400_and_creates_no_user()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var site = new SiteFactory(database).Start();
        using var client = site.CreateClient();
        var token = InstallToken(site);
        await client.GetStringAsync("/install?token=" + token); // sets the antiforgery cookie, so only the field is missing

        using var response = await client.PostAsync("/install", Form(token, "Admin", "admin@example.invalid", Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.Users.AnyAsync()));
    }

    [Theory, BothProviders]
    public async Task Install_post_with_a_too_short_password_is_400_saying_what_to_fix_and_creates_no_user(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var site = new SiteFactory(database).Start();
        using var client = site.CreateClient();
        var token = InstallToken(site);

        using var response = await client.PostAsync("/install", await SignedFormAsync(client, token, "Admin", "admin@example.invalid", "short"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"Choose a password of at least {UserService.MinimumPasswordLength} characters.", html);
        Assert.False(await site.WithDbAsync(db => db.Users.AnyAsync()));
        using var again = await client.GetAsync("/install?token=" + token);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Theory, BothProviders]
    public async Task Install_post_creates_the_administrator_and_retires_the_link(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var site = new SiteFactory(database).Start();
        using var client = site.CreateClient();
        var token = InstallToken(site);

        using var response = await client.PostAsync("/install", await SignedFormAsync(client, token, "Admin", "Admin@Example.invalid", Password));
        var users = await site.WithDbAsync(db => db.Users.ToListAsync());
        using var after = await client.GetAsync("/install?token=" + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Administrator created", await response.Content.ReadAsStringAsync());
        var user = Assert.Single(users);
        Assert.Equal("admin@example.invalid", user.Email);
        Assert.Equal(UserRoles.Admin, user.Role);
        Assert.DoesNotContain(Password, user.PasswordHash);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Theory, BothProviders]
    public async Task Parallel_install_posts_with_the_right_token_create_exactly_one_administrator(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var site = new SiteFactory(database).Start();
        var token = InstallToken(site);
        var clients = Enumerable.Range(0, 8).Select(_ => site.CreateClient()).ToList();
        var forms = new List<FormUrlEncodedContent>();
        for (var i = 0; i < clients.Count; i++)
        {
            forms.Add(await SignedFormAsync(clients[i], token, $"Admin {i}", $"admin{i}@example.invalid", Password));
        }

        using var start = new Barrier(clients.Count);
        var responses = await Task.WhenAll(clients.Select((client, i) => Task.Run(async () =>
        {
            start.SignalAndWait();
            return await client.PostAsync("/install", forms[i]);
        })));
        var users = await site.WithDbAsync(db => db.Users.ToListAsync());

        Assert.Single(responses, r => r.IsSuccessStatusCode);
        Assert.All(responses.Where(r => !r.IsSuccessStatusCode), r => Assert.True(
            r.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, r.StatusCode.ToString()));
        var admin = Assert.Single(users);
        Assert.Equal(UserRoles.Admin, admin.Role);
        foreach (var response in responses)
        {
            response.Dispose();
        }

        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task Install_answers_forbid_the_referer_so_the_token_in_the_url_does_not_leak()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var site = new SiteFactory(database).Start();
        using var client = site.CreateClient();
        var token = InstallToken(site);

        using var page = await client.GetAsync("/install?token=" + token);
        using var post = await client.PostAsync("/install", await SignedFormAsync(client, token, "Admin", "admin@example.invalid", "short"));

        Assert.Equal("no-referrer", Assert.Single(page.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("no-referrer", Assert.Single(post.Headers.GetValues("Referrer-Policy")));
    }

    [Theory, BothProviders]
    public async Task Unattended_settings_create_the_administrator_at_start_without_an_install_link(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var site = new SiteFactory(database, new Dictionary<string, string?>
        {
            ["Umbraco:CMS:Unattended:UnattendedUserName"] = "Unattended Admin",
            ["Umbraco:CMS:Unattended:UnattendedUserEmail"] = "ops@example.invalid",
            ["Umbraco:CMS:Unattended:UnattendedUserPassword"] = Password,
        }).Start();
        using var client = site.CreateClient();

        var user = Assert.Single(await site.WithDbAsync(db => db.Users.ToListAsync()));
        Assert.Equal("ops@example.invalid", user.Email);
        Assert.Equal(UserRoles.Admin, user.Role);
        Assert.DoesNotContain(site.Log.Messages, m => m.Contains("/install?token=", StringComparison.Ordinal));
        using var install = await client.GetAsync("/install");
        Assert.Equal(HttpStatusCode.NotFound, install.StatusCode);
    }

    private static string InstallToken(SiteFactory site) =>
        site.Log.Messages.Select(m => InstallLink().Match(m)).Single(m => m.Success).Groups["token"].Value;

    /// <summary>Opens the install page as a browser would and fills in its form, antiforgery field included.</summary>
    private static async Task<FormUrlEncodedContent> SignedFormAsync(HttpClient client, string token, string name, string email, string password)
    {
        var field = AntiforgeryField().Match(await client.GetStringAsync("/install?token=" + token));
        Assert.True(field.Success, "the install form has no antiforgery field");
        return Form(token, name, email, password,
            new(WebUtility.HtmlDecode(field.Groups["name"].Value), WebUtility.HtmlDecode(field.Groups["value"].Value)));
    }

    private static FormUrlEncodedContent Form(string token, string name, string email, string password, KeyValuePair<string, string>? extra = null) =>
        new(new[]
        {
            new KeyValuePair<string, string>("token", token),
            new("name", name),
            new("email", email),
            new("password", password),
        }.Concat(extra is { } field ? [field] : []));

    [GeneratedRegex(@"/install\?token=(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex InstallLink();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\">")]
    private static partial Regex AntiforgeryField();
}
