using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>The Data Protection key ring in the database is encrypted with a configured certificate, or the log says it is not.</summary>
public sealed class KeyRingProtectionTests
{
    private const string CurrentUser = "/umbraco/management/api/v1/user/current";

    [Theory, BothProviders]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_cookies_still_work_across_instances(DatabaseProvider provider)
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"zhuwagen-keyring-{Guid.NewGuid():N}.pfx");
        try
        {
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=ZhuwaGen key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx password"));
            }

            var settings = new Dictionary<string, string?>
            {
                ["Cms:DataProtection:CertificatePath"] = pfx,
                ["Cms:DataProtection:CertificatePassword"] = "pfx password",
            };
            var (first, database) = await SiteFactory.CreateAsync(provider, settings);
            await using var _ = database;
            await using var __ = first.Start();
            var email = await ManagementClients.CreateUserAsync(first, UserRoles.Editor);
            using var browser = ManagementClients.NewClient(first);
            using var signIn = await browser.PostAsync(
                Cms.Management.ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(browser, email, ManagementClients.Password));
            var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(BackOfficeSchemes.CookieName + "=", StringComparison.Ordinal)).Split(';')[0];
            var stored = await first.WithDbAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync());

            Assert.NotEmpty(stored);
            Assert.All(stored, xml =>
            {
                Assert.Contains("encryptedSecret", xml);
                Assert.DoesNotContain("<masterKey", xml);
            });
            Assert.DoesNotContain(first.Log.Messages, m => m.Contains("stored unencrypted", StringComparison.Ordinal));

            // Another instance reads the encrypted ring from the database and accepts the first one's cookie.
            await using var second = new SiteFactory(database, settings).Start();
            using var replay = second.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
            replay.DefaultRequestHeaders.Add("Cookie", cookie);
            using var me = await replay.GetAsync(CurrentUser);
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    [Fact]
    public async Task Without_a_certificate_the_log_says_once_that_keys_are_unencrypted_and_how_to_fix_it()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var admin = await ManagementClients.CookieClientAsync(site, UserRoles.Admin);
        using var me = await admin.GetAsync(CurrentUser);

        var warning = Assert.Single(site.Log.Messages, m => m.Contains("Data Protection keys are stored unencrypted", StringComparison.Ordinal));
        Assert.StartsWith("Warning", warning);
        Assert.Contains("Cms:DataProtection:CertificatePath", warning);
        Assert.Contains(await site.WithDbAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync()), xml => xml.Contains("<masterKey"));
    }
}
