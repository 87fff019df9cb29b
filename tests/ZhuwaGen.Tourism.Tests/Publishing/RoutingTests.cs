using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Publishing.PublishingFixtures;

namespace ZhuwaGen.Tourism.Tests.Publishing;

public sealed class RoutingTests
{
    [Theory, BothProviders]
    public async Task Root_is_slash_and_children_are_routed_by_segment_per_culture(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var root = await CreateAsync(host, null, "shouye", "home");
        var child = await CreateAsync(host, root, "shanlu", "trail");
        var grandchild = await CreateAsync(host, child, "tingzi", "pavilion");
        await PublishBranchAsync(host, root, includeUnpublished: true);

        var snapshot = host.Snapshot;
        Assert.Equal("/", snapshot.RouteOf(root, Zh));
        Assert.Equal("/", snapshot.RouteOf(root, En));
        Assert.Equal("/shanlu/tingzi/", snapshot.RouteOf(grandchild, Zh));
        Assert.Equal("/trail/pavilion/", snapshot.RouteOf(grandchild, En));
        Assert.Equal(root, snapshot.ByRoute("/", En)!.Key);
        Assert.Equal(child, snapshot.ByRoute("/trail/", En)!.Key);
        Assert.Equal(grandchild, snapshot.ByRoute("/shanlu/tingzi/", Zh)!.Key);
        // A segment belongs to its culture: the en path does not resolve in zh-Hans.
        Assert.Null(snapshot.ByRoute("/trail/pavilion/", Zh));
    }

    [Theory, BothProviders]
    public async Task A_culture_the_item_lacks_falls_back_to_zh_Hans_for_route_and_name(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var root = await CreateAsync(host, null, "shouye", "home");
        var child = await CreateAsync(host, root, "shanlu", "trail");
        var zhOnly = await CreateAsync(host, child, "tingzi");
        await PublishBranchAsync(host, root, includeUnpublished: true);

        var snapshot = host.Snapshot;
        Assert.Equal("/trail/tingzi/", snapshot.RouteOf(zhOnly, En));
        var found = snapshot.ByRoute("/trail/tingzi/", En)!;
        Assert.Equal(zhOnly, found.Key);
        var shown = snapshot.ResolveCulture(found, En);
        Assert.Equal(Zh, shown);
        Assert.Equal("tingzi", found.Cultures[shown!].Name);
        // bo falls back too, for the whole path.
        Assert.Equal("/shanlu/tingzi/", snapshot.RouteOf(zhOnly, "bo"));
    }

    [Theory, BothProviders]
    public async Task Children_of_an_unpublished_parent_are_not_routable(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var root = await CreateAsync(host, null, "shouye");
        var parent = await CreateAsync(host, root, "shanlu");
        var child = await CreateAsync(host, parent, "tingzi");
        await PublishBranchAsync(host, root, includeUnpublished: true);
        Assert.NotNull(host.Snapshot.ByRoute("/shanlu/tingzi/", Zh));

        var result = await UnpublishAsync(host, parent, "*");

        Assert.True(result.Succeeded, result.Status.ToString());
        Assert.Null(host.Snapshot.RouteOf(child, Zh));
        Assert.Null(host.Snapshot.ByRoute("/shanlu/tingzi/", Zh));
        Assert.Null(host.Snapshot.ByRoute("/shanlu/", Zh));
    }

    [Theory, BothProviders]
    public async Task ByRoute_ignores_case_and_a_missing_trailing_slash(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var root = await CreateAsync(host, null, "shouye", "home");
        var child = await CreateAsync(host, root, "shanlu", "trail");
        var grandchild = await CreateAsync(host, child, "tingzi", "pavilion");
        await PublishBranchAsync(host, root, includeUnpublished: true);

        var snapshot = host.Snapshot;
        Assert.Equal(grandchild, snapshot.ByRoute("/Trail/PAVILION", En)!.Key);
        Assert.Equal(grandchild, snapshot.ByRoute("shanlu/tingzi", "ZH-HANS")!.Key);
        Assert.Equal(root, snapshot.ByRoute("", En)!.Key);
    }
}
