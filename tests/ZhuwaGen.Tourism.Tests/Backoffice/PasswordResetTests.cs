using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Mail;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>
/// "Forgot your password?" at /umbraco/login/forgot: the same answer for any address, a mailed link that works once
/// and only on the configured site address, a new password that ends the old one and every session.
/// </summary>
public sealed partial class PasswordResetTests
{
    private const string NewPassword = "a much longer new password";

    [Theory, BothProviders]
    public async Task A_mailed_link_sets_a_new_password_once_and_the_old_one_stops_working(DatabaseProvider provider)
    {
        await using var test = await ResetSite.StartAsync(provider, applicationUrl: "https://zhuwagen.example");
        var email = await ManagementClients.CreateUserAsync(test.Site, UserRoles.GuesthouseOwner);
        using var client = ManagementClients.NewClient(test.Site);

        var sent = await RequestAsync(client, email);
        var mail = await MimeMessage.LoadAsync(await MailFiles.WaitForOneAsync(test.Pickup));

        Assert.Contains("If an account uses this address", sent);
        Assert.Equal(email, Assert.Single(mail.To.Mailboxes).Address);
        var link = LinkIn(mail.TextBody);
        Assert.StartsWith("https://zhuwagen.example/umbraco/login/reset?token=", link);
        var path = link["https://zhuwagen.example".Length..];

        var form = BackofficeForm.Read(await client.GetStringAsync(path), "reset");
        using var done = await form.Set("password", NewPassword).Set("repeat", NewPassword).PostAsync(client, intent: null);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Your password is changed", await done.Content.ReadAsStringAsync());

        using var oldPassword = await client.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(client, email, ManagementClients.Password));
        Assert.Equal(HttpStatusCode.BadRequest, oldPassword.StatusCode);
        using var signedIn = await ManagementClients.SignInAsync(test.Site, email, NewPassword);

        // The link is spent: the page says so, and a post with it changes nothing.
        var again = await client.GetStringAsync(path);
        Assert.Contains("not valid, has expired or was used already", again);
        using var replay = await BackofficeForm.Read(again, "reset").Set("password", "yet another password").Set("repeat", "yet another password").PostAsync(client, intent: null);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        using var stillNew = await ManagementClients.SignInAsync(test.Site, email, NewPassword);
    }

    [Theory, BothProviders]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail(DatabaseProvider provider)
    {
        await using var test = await ResetSite.StartAsync(provider, applicationUrl: "https://zhuwagen.example");
        var known = await ManagementClients.CreateUserAsync(test.Site, UserRoles.Editor);
        using var client = ManagementClients.NewClient(test.Site);

        var unknown = await RequestAsync(client, "nobody@example.invalid");
        await Task.Delay(500);

        Assert.Empty(Directory.Exists(test.Pickup) ? Directory.GetFiles(test.Pickup, "*.eml") : []);
        Assert.Equal(Strip(unknown), Strip(await RequestAsync(client, known)));
    }

    [Fact]
    public async Task Without_a_configured_address_the_mail_carries_the_code_and_never_the_requests_host()
    {
        await using var test = await ResetSite.StartAsync(DatabaseProvider.Sqlite, applicationUrl: null);
        var email = await ManagementClients.CreateUserAsync(test.Site, UserRoles.Editor);
        using var client = ManagementClients.NewClient(test.Site);
        client.DefaultRequestHeaders.Host = "attacker.example";

        await RequestAsync(client, email);
        var body = (await MimeMessage.LoadAsync(await MailFiles.WaitForOneAsync(test.Pickup))).TextBody ?? string.Empty;

        Assert.DoesNotContain("attacker.example", body);
        Assert.DoesNotContain("http", body);
        var code = body.Split('\n').Select(l => l.Trim()).First(l => l.Length > 60 && !l.Contains(' ', StringComparison.Ordinal));
        client.DefaultRequestHeaders.Host = null;

        // The code pasted on the reset page works like the link.
        var form = BackofficeForm.Read(await client.GetStringAsync(PasswordResetMail.ResetPath), "reset");
        using var done = await form.Set("token", code).Set("password", NewPassword).Set("repeat", NewPassword).PostAsync(client, intent: null);
        Assert.Contains("Your password is changed", await done.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_forged_token_a_short_or_mismatched_password_and_a_post_without_antiforgery_are_refused()
    {
        await using var test = await ResetSite.StartAsync(DatabaseProvider.Sqlite, applicationUrl: "https://zhuwagen.example");
        var email = await ManagementClients.CreateUserAsync(test.Site, UserRoles.Editor);
        using var client = ManagementClients.NewClient(test.Site);
        await RequestAsync(client, email);
        var path = LinkIn((await MimeMessage.LoadAsync(await MailFiles.WaitForOneAsync(test.Pickup))).TextBody)["https://zhuwagen.example".Length..];
        var form = BackofficeForm.Read(await client.GetStringAsync(path), "reset");
        var token = form["token"]!;

        using var forged = await form.Set("token", token[..^4] + "AAAA").Set("password", NewPassword).Set("repeat", NewPassword).PostAsync(client, intent: null);
        using var mismatch = await form.Set("token", token).Set("password", NewPassword).Set("repeat", NewPassword + "!").PostAsync(client, intent: null);
        using var shortOne = await form.Set("password", "short").Set("repeat", "short").PostAsync(client, intent: null);
        using var noAntiforgery = await client.PostAsync(PasswordResetMail.ResetPath, new FormUrlEncodedContent(
            [new("token", token), new("password", NewPassword), new("repeat", NewPassword)]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("not valid, has expired or was used already", await forged.Content.ReadAsStringAsync());
        Assert.Contains("The two passwords are not the same", await mismatch.Content.ReadAsStringAsync());
        Assert.Contains("at least 10 characters", await shortOne.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noAntiforgery.StatusCode);
        // None of them changed the password.
        using var signedIn = await ManagementClients.SignInAsync(test.Site, email);
    }

    private static async Task<string> RequestAsync(HttpClient client, string email)
    {
        var form = BackofficeForm.Read(await client.GetStringAsync("/umbraco/login/forgot"), "forgot");
        using var response = await form.Set("email", email).PostAsync(client, intent: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string LinkIn(string? text) => Link().Match(text ?? string.Empty) is { Success: true } m ? m.Value : throw new InvalidOperationException("no link in: " + text);

    // The page without its antiforgery values, which differ per answer.
    private static string Strip(string html) => AntiforgeryValue().Replace(html, string.Empty);

    [GeneratedRegex(@"https://\S+")]
    private static partial Regex Link();

    [GeneratedRegex("value=\"CfDJ8[^\"]*\"")]
    private static partial Regex AntiforgeryValue();

    private sealed class ResetSite : IAsyncDisposable
    {
        private TestDatabase _database = null!;

        public SiteFactory Site { get; private set; } = null!;

        public string Pickup { get; } = Path.Combine(Path.GetTempPath(), "zhuwagen-reset-" + Guid.NewGuid().ToString("N"));

        public static async Task<ResetSite> StartAsync(DatabaseProvider provider, string? applicationUrl)
        {
            var test = new ResetSite();
            (test.Site, test._database) = await SiteFactory.CreateAsync(provider, new Dictionary<string, string?>
            {
                ["Smtp:PickupDirectory"] = test.Pickup,
                ["Umbraco:CMS:WebRouting:UmbracoApplicationUrl"] = applicationUrl,
                ["Cms:Security:SignInsPerClientPerMinute"] = "1000",
            });
            return test;
        }

        public async ValueTask DisposeAsync()
        {
            await Site.DisposeAsync();
            await _database.DisposeAsync();
            if (Directory.Exists(Pickup))
            {
                Directory.Delete(Pickup, recursive: true);
            }
        }
    }
}
