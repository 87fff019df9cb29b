using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Delivery.Caching;
using ZhuwaGen.Tourism.Cms.Delivery.Items;
using ZhuwaGen.Tourism.Cms.Delivery.Redirects;
using ZhuwaGen.Tourism.Cms.Delivery.Rendering;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Notifications;

namespace ZhuwaGen.Tourism.Cms.Delivery;

public static class DeliveryApiServiceCollectionExtensions
{
    /// <summary>
    /// The Content Delivery API: options, rendering, stored JSON, redirects, output cache (content and media policies).
    /// Call after AddCms and AddMedia.
    /// </summary>
    public static IServiceCollection AddDeliveryApi(this IServiceCollection services)
    {
        services.AddOptions<DeliveryApiOptions>().BindConfiguration(DeliveryApiOptions.SectionName)
            .Validate(o => o.OutputCache.ContentDuration > TimeSpan.Zero, "Umbraco:CMS:DeliveryApi:OutputCache:ContentDuration must be positive.")
            .Validate(o => o.OutputCache.MediaDuration > TimeSpan.Zero, "Umbraco:CMS:DeliveryApi:OutputCache:MediaDuration must be positive.")
            .ValidateOnStart();
        services.AddOutputCache(o =>
        {
            o.AddPolicy(DeliveryOutputCache.ContentPolicy, new DeliveryContentCachePolicy());
            o.AddPolicy(DeliveryOutputCache.MediaPolicy, new DeliveryMediaCachePolicy());
        });
        services.AddSingleton<MediaChangeEpoch>();

        // Responses rendered per request (lists, fields, expand) are compressed as they are written, at the fastest
        // level; a stored item is sent from the bytes compressed when it was rendered and passes through untouched.
        services.AddResponseCompression(o =>
        {
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);

        // Until the media module registers its source, pickers skip every media item.
        services.TryAddSingleton<IPublishedMediaSource, NoPublishedMedia>();
        services.AddSingleton<DeliveryContentRenderer>();
        services.AddSingleton<DeliveryContentJsonStore>();
        services.AddSingleton<IDeliveryContentJson>(sp => sp.GetRequiredService<DeliveryContentJsonStore>());
        services.AddSingleton<RedirectTracker>();
        services.AddSingleton<DeliveryItemResponder>();
        services.AddScoped<PreviewDocuments>();
        services.AddScoped<RedirectLookup>();

        services.AddSingleton<DeliveryOutputCacheEviction>();
        services.AddSingleton<DeliveryMediaChangeEviction>();
        services.AddChangeConsumer(new ChangeConsumer(ChangeConsumerOrder.Redirects, Durable: sp => sp.GetRequiredService<RedirectTracker>()));
        services.AddChangeConsumer(new ChangeConsumer(
            ChangeConsumerOrder.DeliveryJson,
            Content: sp => sp.GetRequiredService<DeliveryContentJsonStore>(),
            Start: (sp, ct) => sp.GetRequiredService<DeliveryContentJsonStore>().EnsureCurrentAsync(ct)));
        services.AddChangeConsumer(new ChangeConsumer(
            ChangeConsumerOrder.OutputCache,
            Content: sp => sp.GetRequiredService<DeliveryOutputCacheEviction>(),
            Media: sp => sp.GetRequiredService<DeliveryMediaChangeEviction>()));
        return services;
    }

    private sealed class NoPublishedMedia : IPublishedMediaSource
    {
        public PublishedMedia? Get(Guid key) => null;
    }
}
