using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Builders;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Documents;

/// <summary>The audit trail of a document: who did what, when, committed with the change it describes.</summary>
public sealed class DocumentAuditTests
{
    [Theory, BothProviders]
    public async Task Every_write_to_a_document_leaves_who_what_and_when_in_order(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 1);
        var otherRoute = await host.CreateAsync(DocumentBuilder.Route(tree.Site.Key, "Blue Route", "蓝色线路"));
        await host.PublishAsync(tree.Site.Key);
        await host.PublishAsync(tree.Route.Key);
        var stop = tree.Stops[0];
        var expected = new List<(DateTime, string, string)> { (Now(host), CmsTestHost.User, AuditActions.New) };

        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.SaveAsync(stop.Key, DocumentBuilder.Edit().With("en", "openingHours", "9-18"), "translator-en");
        expected.Add((Now(host), "translator-en", AuditActions.Save));

        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.PublishAsync(stop.Key);
        expected.Add((Now(host), CmsTestHost.User, AuditActions.Publish));

        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.WithScopeAsync<DocumentVersionService, DocumentResult>(s => s.RollbackAsync(stop.Key, stop.DraftVersionId, "en", "chief-editor", default));
        expected.Add((Now(host), "chief-editor", AuditActions.RollBack));

        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.TreeAsync(t => t.MoveAsync(stop.Key, otherRoute.Key, "chief-editor", default));
        expected.Add((Now(host), "chief-editor", AuditActions.Move));

        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.RecycleBinAsync(t => t.TrashAsync(stop.Key, "chief-editor", default));
        expected.Add((Now(host), "chief-editor", AuditActions.Trash));

        var trail = await host.AuditAsync(stop.Key);

        Assert.Equal(expected, trail.Select(e => (e.Timestamp, e.UserName, e.Action)));
        Assert.All(trail, e => Assert.Equal(stop.Key, e.DocumentKey));
        Assert.Equal("en", trail[1].Cultures);
        Assert.Equal(["en", "zh-Hans"], trail[2].Cultures!.Split(',').Order());
        Assert.Equal("en", trail[3].Cultures);
        Assert.Contains(stop.DraftVersionId.ToString(), trail[3].Details);
        Assert.Contains(otherRoute.Key.ToString(), trail[4].Details);
    }

    [Theory, BothProviders]
    public async Task Copy_restore_and_delete_are_audited_and_the_trail_outlives_the_document(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 0);

        var (_, copyKey) = await host.TreeAsync(t => t.CopyAsync(tree.Route.Key, tree.Site.Key, false, CmsTestHost.User, default));
        await host.RecycleBinAsync(t => t.TrashAsync(tree.Route.Key, CmsTestHost.User, default));
        await host.RecycleBinAsync(t => t.RestoreAsync(tree.Route.Key, null, CmsTestHost.User, default));
        await host.RecycleBinAsync(t => t.TrashAsync(tree.Route.Key, CmsTestHost.User, default));
        await host.RecycleBinAsync(t => t.DeleteAsync(tree.Route.Key, CmsTestHost.User, default));

        var copied = Assert.Single(await host.AuditAsync(copyKey!.Value));
        Assert.Equal(AuditActions.Copy, copied.Action);
        Assert.Contains(tree.Route.Key.ToString(), copied.Details);
        Assert.Equal(
            [AuditActions.New, AuditActions.Trash, AuditActions.Restore, AuditActions.Trash, AuditActions.Delete],
            (await host.AuditAsync(tree.Route.Key)).Select(e => e.Action));
    }

    [Theory, BothProviders]
    public async Task Refused_tree_operations_leave_no_audit_entry(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 1);
        var stop = tree.Stops[0].Key;

        Assert.Equal(ContentEditingOperationStatus.NotAllowed, await host.TreeAsync(t => t.MoveAsync(stop, tree.Site.Key, CmsTestHost.User, default)));
        Assert.Equal(ContentEditingOperationStatus.NotInTrash, await host.RecycleBinAsync(t => t.DeleteAsync(stop, CmsTestHost.User, default)));
        Assert.Equal(ContentEditingOperationStatus.ConcurrencyConflict,
            (await host.TrySaveAsync(stop, DocumentBuilder.Edit().With("en", "openingHours", "9-18").BuildEdit(expectedRevision: 99))).Status);

        Assert.Equal([AuditActions.New], (await host.AuditAsync(stop)).Select(e => e.Action));
    }

    private static DateTime Now(CmsTestHost host) => host.Clock.GetUtcNow().UtcDateTime;
}
