using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Media.Delivery;
using ZhuwaGen.Tourism.Cms.Media.Imaging;
using ZhuwaGen.Tourism.Cms.Media.Management;

namespace ZhuwaGen.Tourism.Cms.Media;

public static class MediaModule
{
    /// <summary>The media library, its published map, image processing and the media endpoints' services.</summary>
    public static IServiceCollection AddMedia(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.SectionName)
            .Validate(o => o.IsValid(), "Cms:Media: sizes must be positive, quality 1–100, crops named once with a positive size.")
            .ValidateOnStart();
        services.AddSingleton<PublishedMediaCache>();

        // Replaces any fallback registered before (TryAdd) so that readers get the real library.
        services.RemoveAll<IPublishedMediaSource>();
        services.AddSingleton<IPublishedMediaSource>(sp => sp.GetRequiredService<PublishedMediaCache>());
        services.AddChangeConsumer(new ChangeConsumer(
            ChangeConsumerOrder.MediaCache,
            Media: sp => sp.GetRequiredService<PublishedMediaCache>(),
            Start: async (sp, ct) => await sp.GetRequiredService<PublishedMediaCache>().EnsureLoadedAsync(ct)));

        services.AddSingleton<MediaFileStore>();
        services.AddSingleton<UploadImagePreparer>();
        services.AddSingleton<MediaEditRules>();
        services.AddOptions<ImagingOptions>().BindConfiguration(ImagingOptions.SectionName);
        services.AddSingleton<ImageSharpLimits>();
        services.AddSingleton<ImageUrlSigner>();
        services.AddSingleton<ImageRequestPolicy>();
        services.AddSingleton<ImageCacheQuota>();
        services.AddSingleton<ImageWorkLimiter>();
        services.AddSingleton<ImageRateLimiter>();
        services.AddSingleton<MediaImageProcessor>();
        services.AddSingleton<OriginalMetadataCleanup>();
        services.AddSingleton<MediaHousekeeping>();
        services.AddHostedService(sp => sp.GetRequiredService<MediaHousekeeping>());
        services.AddScoped<MediaLibraryService>();
        services.AddSingleton<Uploads.UploadSessionStore>();
        services.AddScoped<Uploads.PhotoUploadSessions>();
        services.AddScoped<MediaUsage>();
        return services;
    }

    /// <summary>/media/{**path}, the media Delivery API and the Management API's media endpoints.</summary>
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMediaFiles();
        endpoints.MapMediaDelivery();
        endpoints.MapMediaManagement();
        return endpoints;
    }
}
