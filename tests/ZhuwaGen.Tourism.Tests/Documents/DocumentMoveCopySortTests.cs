using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Builders;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Documents;

/// <summary>DocumentTreeService: move, copy and sort.</summary>
public sealed class DocumentMoveCopySortTests
{
    // Folders nest in folders, so a branch can change level (umbraco.config's structure never allows that).
    private static readonly ContentSchema Folders = new SchemaBuilder().WithLanguages()
        .AddContentType("folder", t => t.AllowAtRoot().AllowChildren("folder"))
        .Build();

    [Theory, BothProviders]
    public async Task Move_updates_the_path_and_level_of_the_whole_branch(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider, Folders);
        var a = await host.CreateAsync(Folder("a", null));
        var b = await host.CreateAsync(Folder("b", a.Key));
        var c = await host.CreateAsync(Folder("c", b.Key));
        var d = await host.CreateAsync(Folder("d", c.Key));

        var status = await host.TreeAsync(t => t.MoveAsync(c.Key, null, CmsTestHost.User, default));

        Assert.Equal(ContentEditingOperationStatus.Success, status);
        var moved = await host.GetAsync(c.Key);
        Assert.Null(moved.ParentKey);
        Assert.Equal((1, 2), (moved.Level, (await host.GetAsync(d.Key)).Level));
        var paths = await PathsAsync(host);
        Assert.Equal($"{paths[c.Key].Id}", paths[c.Key].Path);
        Assert.Equal($"{paths[c.Key].Id},{paths[d.Key].Id}", paths[d.Key].Path);
        Assert.Equal($"{paths[a.Key].Id},{paths[b.Key].Id}", paths[b.Key].Path);
        Assert.Equal([a.Key, c.Key], (await host.ChildrenAsync(null)).Select(x => x.Key));
    }

    [Theory, BothProviders]
    public async Task Move_of_a_route_to_another_site_carries_its_stops_along(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 2);
        var otherSite = await host.CreateAsync(DocumentBuilder.Site("Other Town", "别的镇"));

        var status = await host.TreeAsync(t => t.MoveAsync(tree.Route.Key, otherSite.Key, CmsTestHost.User, default));

        Assert.Equal(ContentEditingOperationStatus.Success, status);
        Assert.Equal(otherSite.Key, (await host.GetAsync(tree.Route.Key)).ParentKey);
        var paths = await PathsAsync(host);
        var routePath = $"{paths[otherSite.Key].Id},{paths[tree.Route.Key].Id}";
        Assert.Equal(routePath, paths[tree.Route.Key].Path);
        Assert.All(tree.Stops, s => Assert.Equal($"{routePath},{paths[s.Key].Id}", paths[s.Key].Path));
        Assert.Empty(await host.ChildrenAsync(tree.Site.Key));
    }

    [Theory, BothProviders]
    public async Task Move_into_a_parent_whose_type_does_not_allow_it_is_NotAllowed_and_changes_nothing(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 1);

        var intoSite = await host.TreeAsync(t => t.MoveAsync(tree.Stops[0].Key, tree.Site.Key, CmsTestHost.User, default));
        var toRoot = await host.TreeAsync(t => t.MoveAsync(tree.Route.Key, null, CmsTestHost.User, default));

        Assert.Equal(ContentEditingOperationStatus.NotAllowed, intoSite);
        Assert.Equal(ContentEditingOperationStatus.NotAllowed, toRoot);
        Assert.Equal(tree.Route.Key, (await host.GetAsync(tree.Stops[0].Key)).ParentKey);
        Assert.Equal(tree.Site.Key, (await host.GetAsync(tree.Route.Key)).ParentKey);
    }

    [Theory, BothProviders]
    public async Task Move_into_itself_or_a_descendant_is_CannotMoveToDescendant(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider, Folders);
        var a = await host.CreateAsync(Folder("a", null));
        var b = await host.CreateAsync(Folder("b", a.Key));
        var c = await host.CreateAsync(Folder("c", b.Key));

        // The structure allows a folder in a folder, so only the descendant rule stops these.
        var intoGrandchild = await host.TreeAsync(t => t.MoveAsync(a.Key, c.Key, CmsTestHost.User, default));
        var intoSelf = await host.TreeAsync(t => t.MoveAsync(a.Key, a.Key, CmsTestHost.User, default));

        Assert.Equal(ContentEditingOperationStatus.CannotMoveToDescendant, intoGrandchild);
        Assert.Equal(ContentEditingOperationStatus.CannotMoveToDescendant, intoSelf);
        Assert.Null((await host.GetAsync(a.Key)).ParentKey);
    }

    [Theory, BothProviders]
    public async Task Copy_with_descendants_makes_unpublished_drafts_with_new_keys_and_leaves_the_original_published(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 2);
        await host.PublishBranchAsync(tree.Site.Key);

        var (status, copyKey) = await host.TreeAsync(t => t.CopyAsync(tree.Route.Key, tree.Site.Key, true, CmsTestHost.User, default));

        Assert.Equal(ContentEditingOperationStatus.Success, status);
        Assert.NotEqual(tree.Route.Key, copyKey!.Value);
        var copy = await host.GetAsync(copyKey.Value);
        var copiedStops = await host.ChildrenAsync(copy.Key);
        Assert.Equal(tree.Stops.Select(s => s.Draft.Names["en"]), copiedStops.Select(s => s.Draft.Names["en"]));
        Assert.Empty(copiedStops.Select(s => s.Key).Intersect(tree.Stops.Select(s => s.Key)));
        Assert.All(copiedStops.Append(copy), d =>
        {
            Assert.Null(d.PublishedVersionId);
            Assert.All(d.Cultures, c => Assert.False(c.IsPublished));
            Assert.Null(host.Snapshot.ByKey(d.Key));
        });
        Assert.Equal("red-route-2", copy.Cultures.Single(c => c.Culture == "en").UrlSegment);
        Assert.NotNull(host.Snapshot.ByKey(tree.Route.Key));
        Assert.Equal(2, (await host.ChildrenAsync(tree.Route.Key)).Count);
    }

    [Theory, BothProviders]
    public async Task Copy_without_descendants_copies_the_item_alone(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 2);

        var (status, copyKey) = await host.TreeAsync(t => t.CopyAsync(tree.Route.Key, tree.Site.Key, false, CmsTestHost.User, default));

        Assert.Equal(ContentEditingOperationStatus.Success, status);
        Assert.Empty(await host.ChildrenAsync(copyKey!.Value));
        Assert.Equal(tree.Route.Draft.Names, (await host.GetAsync(copyKey.Value)).Draft.Names);
    }

    [Theory, BothProviders]
    public async Task Sort_sets_the_order_that_GetChildrenAsync_returns(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 3);
        Guid[] order = [tree.Stops[2].Key, tree.Stops[0].Key, tree.Stops[1].Key];

        var status = await host.TreeAsync(t => t.SortAsync(tree.Route.Key, order, CmsTestHost.User, default));

        Assert.Equal(ContentEditingOperationStatus.Success, status);
        Assert.Equal(order, (await host.ChildrenAsync(tree.Route.Key)).Select(d => d.Key));
    }

    [Theory, BothProviders]
    public async Task Sort_with_keys_that_are_not_exactly_the_children_is_SortingInvalid_and_keeps_the_order(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 3);
        var (s1, s2, s3) = (tree.Stops[0].Key, tree.Stops[1].Key, tree.Stops[2].Key);
        Guid[][] attempts =
        [
            [s3, s1], // one missing
            [s3, s2, s1, tree.Site.Key], // one too many, not a child
            [s3, s2, s2], // right count, a duplicate
            [s3, s2, tree.Route.Key], // right count, a stranger
        ];

        foreach (var attempt in attempts)
        {
            Assert.Equal(ContentEditingOperationStatus.SortingInvalid, await host.TreeAsync(t => t.SortAsync(tree.Route.Key, attempt, CmsTestHost.User, default)));
        }

        Assert.Equal([s1, s2, s3], (await host.ChildrenAsync(tree.Route.Key)).Select(d => d.Key));
    }

    private static DocumentBuilder Folder(string name, Guid? parent) => new DocumentBuilder("folder").Under(parent).Named(SchemaBuilder.DefaultCulture, name);

    private static Task<Dictionary<Guid, (int Id, string Path)>> PathsAsync(CmsTestHost host) =>
        host.WithScopeAsync<CmsDbContext, Dictionary<Guid, (int Id, string Path)>>(async db =>
            (await db.Documents.AsNoTracking().Select(d => new { d.Key, d.Id, d.Path }).ToListAsync())
            .ToDictionary(d => d.Key, d => (d.Id, d.Path)));
}
