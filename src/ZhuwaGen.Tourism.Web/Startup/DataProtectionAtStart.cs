using Microsoft.AspNetCore.DataProtection;

namespace ZhuwaGen.Tourism.Web.Startup;

/// <summary>
/// ASP.NET Core loads the Data Protection key ring in a hosted service that runs before the server listens. The site
/// keeps its keys in the CMS database, which on a new install has no tables until the site's preparation migrates it:
/// that load failed on every first start (three errors in the log) and kept no key, so the next start made one before
/// listening. The site loads the key ring in its preparation instead, once the migrations are done, making and keeping
/// the first key on a new install's first start.
/// </summary>
internal static class DataProtectionAtStart
{
    private const string FrameworkLoad = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    /// <summary>
    /// Takes out the framework's load before listening (<see cref="LoadKeyRing"/> replaces it). Called after every
    /// registration, since each <c>AddDataProtection</c> (antiforgery, cookies) would add it back.
    /// </summary>
    public static IServiceCollection LoadKeyRingAfterMigrations(this IServiceCollection services)
    {
        foreach (var load in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == FrameworkLoad).ToList())
        {
            services.Remove(load);
        }

        return services;
    }

    /// <summary>Reads the key ring, making the first key when there is none, as the framework's load did.</summary>
    public static void LoadKeyRing(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(nameof(DataProtectionAtStart)).Protect([]);
}
