using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Publishing.PublishingFixtures;

namespace ZhuwaGen.Tourism.Tests.Documents;

/// <summary>A move must leave every published item on a route of its own, in the snapshot as in the stored segments.</summary>
public sealed class MoveRouteTests
{
    [Theory, BothProviders]
    public async Task A_move_beside_a_same_named_sibling_gives_the_moved_item_its_own_route(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var root = await CreateAsync(host, null, "shouye");
        var a = await CreateAsync(host, root, "a");
        var b = await CreateAsync(host, root, "b");
        var stayer = await CreateAsync(host, a, "stop");
        var mover = await CreateAsync(host, b, "stop");
        await PublishBranchAsync(host, root, includeUnpublished: true);

        var status = await host.TreeAsync(t => t.MoveAsync(mover, a, CmsTestHost.User, default));

        Assert.Equal(ContentEditingOperationStatus.Success, status);
        Assert.Equal("stop-2", (await host.GetAsync(mover)).Cultures.Single(c => c.Culture == Zh).UrlSegment);
        Assert.Equal(stayer, host.Snapshot.ByRoute("/a/stop/", Zh)?.Key);
        Assert.Equal(mover, host.Snapshot.ByRoute("/a/stop-2/", Zh)?.Key);
        Assert.Equal("/a/stop-2/", host.Snapshot.RouteOf(mover, Zh));
        Assert.Null(host.Snapshot.ByRoute("/b/stop/", Zh));
    }
}
