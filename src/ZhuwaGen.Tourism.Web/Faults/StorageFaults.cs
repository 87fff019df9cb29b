using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Faults;

namespace ZhuwaGen.Tourism.Web.Faults;

/// <summary>Storage failures answered as 503 and reported by /healthz.</summary>
internal static class StorageFaults
{
    public static IServiceCollection AddStorageFaults(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StorageWriteHealth>();
        services.AddSingleton<StorageFaultInterceptor>();

        // Both contexts: only the one of the configured provider is registered, the other configuration is never read.
        services.ConfigureDbContext<SqliteCmsDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<StorageFaultInterceptor>()));
        services.ConfigureDbContext<PostgresCmsDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<StorageFaultInterceptor>()));
        services.AddExceptionHandler<StorageFaultExceptionHandler>();
        return services;
    }
}
