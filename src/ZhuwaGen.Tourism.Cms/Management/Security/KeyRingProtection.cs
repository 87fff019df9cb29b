using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ZhuwaGen.Tourism.Cms.Hosting;

namespace ZhuwaGen.Tourism.Cms.Management.Security;

/// <summary>Where the certificate that encrypts the Data Protection key ring comes from ("Cms:DataProtection").</summary>
public sealed class KeyRingProtectionOptions
{
    public const string SectionName = "Cms:DataProtection";

    /// <summary>A PFX/PKCS#12 file with the private key (relative paths are from the application root).</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Or the thumbprint of a certificate with its private key in the CurrentUser or LocalMachine "My" store.</summary>
    public string? CertificateThumbprint { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(CertificatePath) || !string.IsNullOrWhiteSpace(CertificateThumbprint);
}

/// <summary>
/// The key ring signs cookies, antiforgery and access tokens and lives in the database; with a certificate configured
/// each key is encrypted with it before it is stored (ProtectKeysWithCertificate), and keys are decrypted with it.
/// Without one, the log says so once, when the host starts.
/// </summary>
internal static class KeyRingProtection
{
    public static IServiceCollection AddKeyRingProtection(this IServiceCollection services, IConfiguration configuration, CmsPaths paths)
    {
        var settings = configuration.GetSection(KeyRingProtectionOptions.SectionName).Get<KeyRingProtectionOptions>() ?? new();
        if (Load(settings, paths) is { } certificate)
        {
            services.AddDataProtection().ProtectKeysWithCertificate(certificate);
            return services;
        }

        // Said when the host starts, after the database probe: a start that fails on its database prints one line only.
        services.AddHostedService<UnencryptedKeyRingWarning>();
        return services;
    }

    private static X509Certificate2? Load(KeyRingProtectionOptions settings, CmsPaths paths)
    {
        if (!string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            var file = paths.Resolve(settings.CertificatePath);
            try
            {
                return X509CertificateLoader.LoadPkcs12FromFile(file, settings.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
            }
            catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or IOException)
            {
                throw new CmsStartupException($"Cms:DataProtection:CertificatePath '{file}' could not be read as a PFX with its password: {exception.Message}");
            }
        }

        if (string.IsNullOrWhiteSpace(settings.CertificateThumbprint))
        {
            return null;
        }

        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, settings.CertificateThumbprint.Trim(), validOnly: false);
            if (found.Count > 0 && found[0].HasPrivateKey)
            {
                return found[0];
            }
        }

        throw new CmsStartupException(
            $"Cms:DataProtection:CertificateThumbprint {settings.CertificateThumbprint} matches no certificate with a private key in the My store.");
    }
}

/// <summary>Says once, at start, that the key ring is stored unencrypted and how to change that.</summary>
internal sealed class UnencryptedKeyRingWarning(ILogger<UnencryptedKeyRingWarning> logger) : Microsoft.Extensions.Hosting.IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning(
            "Data Protection keys are stored unencrypted in the database; set Cms:DataProtection:CertificatePath "
            + "and CertificatePassword (or CertificateThumbprint) to encrypt them with a certificate.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
