using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Cms.PublishedContent.Querying;
using ZhuwaGen.Tourism.Cms.Search;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

public static class ContentQueryServiceCollectionExtensions
{
    /// <summary>
    /// The content query engine, the typed query and published-content reader it sits on, and the search index with
    /// its change-log consumer. Call after <c>AddCms</c> and <c>AddDeliveryApi</c>, which bind the Delivery API options
    /// and render the items.
    /// </summary>
    public static IServiceCollection AddDeliveryContentQuery(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<SearchIndexer>();
        services.AddChangeConsumer(new ChangeConsumer(
            ChangeConsumerOrder.Search,
            Content: sp => sp.GetRequiredService<SearchIndexer>(),
            Warm: (sp, ct) => sp.GetRequiredService<SearchIndexer>().BuildAsync(ct)));
        services.AddPublishedContent();
        services.AddSingleton<QueryIndexPreparer>();
        services.AddChangeConsumer(new ChangeConsumer(ChangeConsumerOrder.QueryIndex, Content: sp => sp.GetRequiredService<QueryIndexPreparer>()));
        services.AddSingleton<ContentQueryEngine>();
        return services;
    }
}
