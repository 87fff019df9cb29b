using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Cms.Search;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

public static class ContentQueryServiceCollectionExtensions
{
    /// <summary>
    /// The content query engine, the typed query and published-content reader it sits on, and the search index. Call after <c>AddCms</c> and <c>AddDeliveryApi</c> (which
    /// binds the Delivery API options and renders the items): the indexer's change handler must run after the
    /// snapshot's, and its start-up build after the start-up that builds the first snapshot.
    /// </summary>
    public static IServiceCollection AddDeliveryContentQuery(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<SearchIndexer>();
        services.AddChangeConsumer(new ChangeConsumer(
            ChangeConsumerOrder.Search,
            Content: sp => sp.GetRequiredService<SearchIndexer>(),
            Start: (sp, ct) => sp.GetRequiredService<SearchIndexer>().StartAsync(ct)));
        services.AddPublishedContent();
        services.AddSingleton<ContentQueryEngine>();
        return services;
    }
}
