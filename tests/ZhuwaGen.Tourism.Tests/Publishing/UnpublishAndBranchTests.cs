using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Publishing.PublishingFixtures;

namespace ZhuwaGen.Tourism.Tests.Publishing;

public sealed class UnpublishAndBranchTests
{
    [Theory, BothProviders]
    public async Task Unpublishing_en_alone_keeps_zh_Hans_published_and_the_en_route_falls_back(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var root = await CreateAsync(host, null, "shouye", "home");
        var child = await CreateAsync(host, root, "shanlu", "trail");
        await PublishOkAsync(host, root, "*");
        await PublishOkAsync(host, child, "*");
        Assert.Equal("/trail/", host.Snapshot.RouteOf(child, En));

        var result = await UnpublishAsync(host, child, En);

        Assert.True(result.Succeeded, result.Status.ToString());
        var view = await GetAsync(host, child);
        Assert.True(State(view, Zh).IsPublished);
        Assert.False(State(view, En).IsPublished);
        var published = host.Snapshot.ByKey(child)!;
        Assert.Equal([Zh], published.Cultures.Keys);
        Assert.Equal("/shanlu/", host.Snapshot.RouteOf(child, En));
        Assert.Equal(child, host.Snapshot.ByRoute("/shanlu/", En)!.Key);
        Assert.Null(host.Snapshot.ByRoute("/trail/", En));
    }

    [Theory, BothProviders]
    public async Task Unpublishing_the_mandatory_zh_Hans_unpublishes_the_whole_item(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var key = await CreateAsync(host, null, "shouye", "home");
        await PublishOkAsync(host, key, "*");

        var result = await UnpublishAsync(host, key, Zh);

        Assert.True(result.Succeeded, result.Status.ToString());
        var view = await GetAsync(host, key);
        Assert.Null(view.PublishedVersionId);
        Assert.All(view.Cultures, c => Assert.False(c.IsPublished));
        Assert.Null(host.Snapshot.ByKey(key));
        Assert.Null(host.Snapshot.ByRoute("/", En));
    }

    [Theory, BothProviders]
    public async Task Unpublishing_an_unpublished_item_is_refused(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var key = await CreateAsync(host, null, "shouye", "home");

        var result = await UnpublishAsync(host, key, "*");

        Assert.Equal(ContentPublishingOperationStatus.CannotUnpublishWhenNotPublished, result.Status);
    }

    [Theory, BothProviders]
    public async Task Publishing_with_descendants_publishes_the_whole_branch_parents_first(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var root = await CreateAsync(host, null, "shouye");
        var a = await CreateAsync(host, root, "shanlu");
        var b = await CreateAsync(host, root, "hubian");
        var a1 = await CreateAsync(host, a, "tingzi");

        var result = await PublishBranchAsync(host, root, includeUnpublished: true);

        Assert.True(result.Succeeded, string.Join("; ", result.Items.Select(i => $"{i.Key}: {i.Result.Status}")));
        var order = result.Items.Select(i => i.Key).ToList();
        Assert.Equal(4, order.Count);
        Assert.True(order.IndexOf(root) < order.IndexOf(a) && order.IndexOf(a) < order.IndexOf(a1));
        Assert.True(order.IndexOf(root) < order.IndexOf(b));
        Assert.All(new[] { root, a, b, a1 }, k => Assert.NotNull(host.Snapshot.ByKey(k)));
        Assert.Equal(a1, host.Snapshot.ByRoute("/shanlu/tingzi/", Zh)!.Key);
    }

    [Theory, BothProviders]
    public async Task Publishing_with_descendants_without_unpublished_ones_only_republishes_published_descendants(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var root = await CreateAsync(host, null, "shouye");
        var published = await CreateAsync(host, root, "shanlu");
        var neverPublished = await CreateAsync(host, root, "hubian");
        await PublishOkAsync(host, root, "*");
        await PublishOkAsync(host, published, "*");
        await SaveAsync(host, published, Zh, "gaoshan");

        var result = await PublishBranchAsync(host, root, includeUnpublished: false);

        Assert.Equal([root, published], result.Items.Select(i => i.Key));
        Assert.True(result.Succeeded);
        Assert.Equal("gaoshan", host.Snapshot.ByKey(published)!.Cultures[Zh].Name);
        Assert.Null(host.Snapshot.ByKey(neverPublished));
        Assert.Null((await GetAsync(host, neverPublished)).PublishedVersionId);
    }

    [Theory, BothProviders]
    public async Task Publishing_with_descendants_reports_a_failing_child_and_publishes_the_rest(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var root = await CreateAsync(host, null, "shouye");
        var good = await CreateAsync(host, root, "shanlu");
        var goodChild = await CreateAsync(host, good, "tingzi");
        // Only en: publishing it cannot satisfy the mandatory zh-Hans.
        var failing = await CreateAsync(host, root, null, "lake");
        var underFailing = await CreateAsync(host, failing, "chuan");

        var result = await PublishBranchAsync(host, root, includeUnpublished: true);

        Assert.False(result.Succeeded);
        var byKey = result.Items.ToDictionary(i => i.Key, i => i.Result.Status);
        Assert.Equal(ContentPublishingOperationStatus.MandatoryCultureMissing, byKey[failing]);
        // Its child cannot go live under an unpublished parent.
        Assert.Equal(ContentPublishingOperationStatus.PathNotPublished, byKey[underFailing]);
        Assert.All(new[] { root, good, goodChild }, k => Assert.Equal(ContentPublishingOperationStatus.Success, byKey[k]));
        Assert.All(new[] { root, good, goodChild }, k => Assert.NotNull(host.Snapshot.ByKey(k)));
        Assert.Null(host.Snapshot.ByKey(failing));
        Assert.Null(host.Snapshot.ByKey(underFailing));
    }
}
