using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Previews;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Cms.PublishedContent.Querying;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>A preview queries its own patched copy of the site and leaves the live site's query index where it was.</summary>
public sealed class PreviewQueryIndexTests
{
    [Fact]
    public async Task A_preview_query_keeps_the_live_query_index()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        var services = site.Services;
        var engine = services.GetRequiredService<PublishedQueryEngine>();
        var live = services.GetRequiredService<PublishedSnapshotService>().Current;
        var liveIndex = engine.IndexFor(live);
        var stop = live.All.First(d => d.ContentTypeAlias == "routeStop");
        await using var scope = services.CreateAsyncScope();
        var document = await scope.ServiceProvider.GetRequiredService<DocumentQueries>().GetAsync(stop.Key, CancellationToken.None);

        var preview = services.GetRequiredService<PublishedContentReader>().Previewing(DraftDocument.From(document!, DateTime.UtcNow));
        var previewed = preview.Query(new PublishedQuery { Axis = QueryAxis.All }, "zh-Hans");

        Assert.NotSame(live, preview.Snapshot);
        Assert.Contains(previewed.Items, i => i.Key == stop.Key);
        Assert.Same(liveIndex, engine.IndexFor(live));
    }
}
