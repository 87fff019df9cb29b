using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

namespace ZhuwaGen.Tourism.Cms.PublishedContent;

public static class PublishedContentServiceCollectionExtensions
{
    /// <summary>
    /// The typed query engine and the reader views use. Needs the snapshot service, the schema registry, the media
    /// source and the search index (registered by <c>AddCms</c> and <c>AddDeliveryContentQuery</c>).
    /// </summary>
    public static IServiceCollection AddPublishedContent(this IServiceCollection services)
    {
        services.AddSingleton<PublishedQueryEngine>();
        services.AddSingleton<PublishedContentReader>();
        return services;
    }
}
