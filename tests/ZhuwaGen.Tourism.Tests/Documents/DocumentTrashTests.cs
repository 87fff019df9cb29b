using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Builders;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Documents;

/// <summary>RecycleBinService: the recycle bin — trash, restore and delete for good.</summary>
public sealed class DocumentTrashTests
{
    [Theory, BothProviders]
    public async Task Trash_moves_the_branch_to_the_recycle_bin_and_unpublishes_it(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 2);
        await host.PublishBranchAsync(tree.Site.Key);
        var route = host.Snapshot.RouteOf(tree.Route.Key, "en");
        Assert.NotNull(route);
        Assert.NotNull(host.Snapshot.ByRoute(route, "en"));

        var status = await host.RecycleBinAsync(t => t.TrashAsync(tree.Route.Key, CmsTestHost.User, default));

        Assert.Equal(ContentEditingOperationStatus.Success, status);
        foreach (var key in tree.Stops.Select(s => s.Key).Append(tree.Route.Key))
        {
            var document = await host.GetAsync(key);
            Assert.True(document.Trashed);
            Assert.Null(document.PublishedVersionId);
            Assert.All(document.Cultures, c => Assert.False(c.IsPublished));
            Assert.Null(host.Snapshot.ByKey(key));
        }

        Assert.NotNull(host.Snapshot.ByKey(tree.Site.Key));
        Assert.Null(host.Snapshot.ByRoute(route, "en"));
        Assert.Empty(await host.ChildrenAsync(tree.Site.Key));
    }

    [Theory, BothProviders]
    public async Task Trash_of_an_item_already_in_the_trash_is_InTrash(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 1);
        await host.RecycleBinAsync(t => t.TrashAsync(tree.Route.Key, CmsTestHost.User, default));

        Assert.Equal(ContentEditingOperationStatus.InTrash, await host.RecycleBinAsync(t => t.TrashAsync(tree.Stops[0].Key, CmsTestHost.User, default)));
        Assert.Equal(ContentEditingOperationStatus.InTrash, (await host.TrySaveAsync(tree.Route.Key, DocumentBuilder.Edit().Named("en", "X").BuildEdit())).Status);
    }

    [Theory, BothProviders]
    public async Task Restore_puts_the_branch_back_under_its_old_parent_unpublished(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 2);
        await host.PublishBranchAsync(tree.Site.Key);
        await host.RecycleBinAsync(t => t.TrashAsync(tree.Route.Key, CmsTestHost.User, default));

        var status = await host.RecycleBinAsync(t => t.RestoreAsync(tree.Route.Key, null, CmsTestHost.User, default));

        Assert.Equal(ContentEditingOperationStatus.Success, status);
        Assert.Equal([tree.Route.Key], (await host.ChildrenAsync(tree.Site.Key)).Select(d => d.Key));
        Assert.Equal(tree.Stops.Select(s => s.Key), (await host.ChildrenAsync(tree.Route.Key)).Select(d => d.Key));
        foreach (var key in tree.Stops.Select(s => s.Key).Append(tree.Route.Key))
        {
            var document = await host.GetAsync(key);
            Assert.False(document.Trashed);
            Assert.Null(document.PublishedVersionId);
            Assert.Null(host.Snapshot.ByKey(key));
        }
    }

    [Theory, BothProviders]
    public async Task Move_of_a_trashed_item_is_InTrash_so_the_bin_is_left_only_by_restore(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 1);
        var otherSite = await host.CreateAsync(DocumentBuilder.Site("Other Town", "别的镇"));
        await host.RecycleBinAsync(t => t.TrashAsync(tree.Route.Key, CmsTestHost.User, default));

        var status = await host.TreeAsync(t => t.MoveAsync(tree.Route.Key, otherSite.Key, CmsTestHost.User, default));

        Assert.Equal(ContentEditingOperationStatus.InTrash, status);
        Assert.Equal(tree.Site.Key, (await host.GetAsync(tree.Route.Key)).ParentKey);
    }

    [Theory, BothProviders]
    public async Task Restore_of_an_item_not_in_the_trash_is_NotInTrash(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 0);

        Assert.Equal(ContentEditingOperationStatus.NotInTrash, await host.RecycleBinAsync(t => t.RestoreAsync(tree.Route.Key, null, CmsTestHost.User, default)));
    }

    [Theory, BothProviders]
    public async Task Restore_under_a_parent_still_in_the_trash_is_ParentInTrash(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 1);
        await host.RecycleBinAsync(t => t.TrashAsync(tree.Stops[0].Key, CmsTestHost.User, default));
        await host.RecycleBinAsync(t => t.TrashAsync(tree.Route.Key, CmsTestHost.User, default));

        var status = await host.RecycleBinAsync(t => t.RestoreAsync(tree.Stops[0].Key, null, CmsTestHost.User, default));

        Assert.Equal(ContentEditingOperationStatus.ParentInTrash, status);
        Assert.True((await host.GetAsync(tree.Stops[0].Key)).Trashed);
    }

    [Theory, BothProviders]
    public async Task Delete_outside_the_trash_is_NotInTrash_and_deletes_nothing(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 1);

        var status = await host.RecycleBinAsync(t => t.DeleteAsync(tree.Route.Key, CmsTestHost.User, default));

        Assert.Equal(ContentEditingOperationStatus.NotInTrash, status);
        Assert.NotNull(await host.FindAsync(tree.Route.Key));
        Assert.Single(await host.VersionsAsync(tree.Route.Key));
    }

    [Theory, BothProviders]
    public async Task Delete_from_the_trash_removes_the_branch_and_its_versions(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 2);
        await host.SaveAsync(tree.Stops[0].Key, DocumentBuilder.Edit().With("en", "openingHours", "9-18"));
        await host.PublishBranchAsync(tree.Site.Key);
        var branch = tree.Stops.Select(s => s.Key).Append(tree.Route.Key).ToList();
        var ids = await host.WithScopeAsync<CmsDbContext, List<int>>(db => db.Documents.Where(d => branch.Contains(d.Key)).Select(d => d.Id).ToListAsync());
        await host.RecycleBinAsync(t => t.TrashAsync(tree.Route.Key, CmsTestHost.User, default));

        var status = await host.RecycleBinAsync(t => t.DeleteAsync(tree.Route.Key, CmsTestHost.User, default));

        Assert.Equal(ContentEditingOperationStatus.Success, status);
        foreach (var key in branch)
        {
            Assert.Null(await host.FindAsync(key));
        }

        var (left, others) = await host.WithScopeAsync<CmsDbContext, (int, int)>(async db =>
            (await db.DocumentVersions.CountAsync(v => ids.Contains(v.DocumentId)), await db.DocumentVersions.CountAsync(v => !ids.Contains(v.DocumentId))));
        Assert.Equal(0, left);
        Assert.True(others > 0, "the site's versions are not part of the branch");
        Assert.NotNull(await host.FindAsync(tree.Site.Key));
    }
}
