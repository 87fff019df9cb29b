using System.Net;
using System.Text.RegularExpressions;
using OtpNet;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Admin;

/// <summary>A site for the administration and two-factor tests: sign-ins not rate-limited by address, mail to a folder.</summary>
public sealed partial class AdminSite : IAsyncDisposable
{
    private TestDatabase _database = null!;

    public SiteFactory Site { get; private set; } = null!;

    public string Pickup { get; } = Path.Combine(Path.GetTempPath(), "zhuwagen-admin-" + Guid.NewGuid().ToString("N"));

    public static async Task<AdminSite> StartAsync(
        DatabaseProvider provider, bool requireTwoFactorForAdmins = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var test = new AdminSite();
        (test.Site, test._database) = await SiteFactory.CreateAsync(provider, new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Smtp:PickupDirectory"] = test.Pickup,
            ["Umbraco:CMS:WebRouting:UmbracoApplicationUrl"] = "https://zhuwagen.example",
            ["Cms:Security:SignInsPerClientPerMinute"] = "1000",
            ["Cms:Security:RequireTwoFactorForAdmins"] = requireTwoFactorForAdmins ? "true" : "false",
        });
        test.Site.Start();
        return test;
    }

    public Task<HttpClient> AsAsync(string role) => BackofficeClients.AsAsync(Site, role);

    /// <summary>Turns two-factor sign-in on through the account screen; answers the secret and the recovery codes page.</summary>
    public static async Task<(string Secret, string Page)> EnrolAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/umbraco/account/two-factor");
        var secret = SecretKey().Match(html).Groups["k"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(secret), "the enrolment page shows no key");
        using var done = await BackofficeForm.Read(html, "two-factor-on").Set("code", Code(secret)).PostAsync(client, intent: null);
        var page = await done.Content.ReadAsStringAsync();
        Assert.True(done.StatusCode == HttpStatusCode.OK, page);
        return (secret, page);
    }

    /// <summary>The code of the current step, or of a step later (<paramref name="steps"/>), as the app would show it.</summary>
    public static string Code(string secret, int steps = 0) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * steps));

    /// <summary>The password step; answers where it sent the browser.</summary>
    public static async Task<HttpResponseMessage> PasswordAsync(HttpClient client, string email, string password = ManagementClients.Password) =>
        await client.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(client, email, password));

    /// <summary>The code step, with the antiforgery field of the code page.</summary>
    public static async Task<HttpResponseMessage> CodeAsync(HttpClient client, string code) =>
        await BackofficeForm.Read(await client.GetStringAsync("/umbraco/login/code"), "code").Set("code", code).PostAsync(client, intent: null);

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(Pickup))
        {
            Directory.Delete(Pickup, recursive: true);
        }
    }

    [GeneratedRegex("id=\"secret-key\">(?<k>[A-Z2-7 ]+)<")]
    private static partial Regex SecretKey();
}
