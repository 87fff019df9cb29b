using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Tests.Builders;

namespace ZhuwaGen.Tourism.Tests.Infrastructure;

/// <summary>
/// The document services as one request each, as the back office calls them. The plain forms assert success
/// (with the errors in the message) so that a test's arrange steps fail loudly where they go wrong.
/// </summary>
public static class DocumentHostExtensions
{
    public static Task<DocumentResult> TryCreateAsync(this CmsTestHost host, DocumentBuilder document) =>
        host.WithScopeAsync<DocumentService, DocumentResult>(s => s.CreateAsync(document.Build(), CmsTestHost.User, default));

    public static async Task<DocumentView> CreateAsync(this CmsTestHost host, DocumentBuilder document) =>
        Succeeded(await host.TryCreateAsync(document));

    public static Task<DocumentResult> TrySaveAsync(this CmsTestHost host, Guid key, DocumentEdit edit, string user = CmsTestHost.User) =>
        host.WithScopeAsync<DocumentService, DocumentResult>(s => s.SaveDraftAsync(key, edit, user, default));

    public static async Task<DocumentView> SaveAsync(this CmsTestHost host, Guid key, DocumentBuilder edit, string user = CmsTestHost.User) =>
        Succeeded(await host.TrySaveAsync(key, edit.BuildEdit(), user));

    public static async Task<DocumentView> GetAsync(this CmsTestHost host, Guid key) =>
        await host.WithScopeAsync<DocumentQueries, DocumentView?>(q => q.GetAsync(key, default))
        ?? throw new InvalidOperationException($"Document {key} does not exist.");

    public static Task<DocumentView?> FindAsync(this CmsTestHost host, Guid key) =>
        host.WithScopeAsync<DocumentQueries, DocumentView?>(q => q.GetAsync(key, default));

    public static Task<IReadOnlyList<DocumentView>> ChildrenAsync(this CmsTestHost host, Guid? parentKey) =>
        host.WithScopeAsync<DocumentQueries, IReadOnlyList<DocumentView>>(q => q.GetChildrenAsync(parentKey, default));

    public static Task<IReadOnlyList<DocumentVersionView>> VersionsAsync(this CmsTestHost host, Guid key) =>
        host.WithScopeAsync<DocumentQueries, IReadOnlyList<DocumentVersionView>>(q => q.GetVersionsAsync(key, default));

    public static Task<IReadOnlyList<AuditEntry>> AuditAsync(this CmsTestHost host, Guid key) =>
        host.WithScopeAsync<AuditLog, IReadOnlyList<AuditEntry>>(a => a.ForDocumentAsync(key, default));

    public static Task<TResult> TreeAsync<TResult>(this CmsTestHost host, Func<DocumentTreeService, Task<TResult>> action) =>
        host.WithScopeAsync(action);

    public static Task<TResult> RecycleBinAsync<TResult>(this CmsTestHost host, Func<RecycleBinService, Task<TResult>> action) =>
        host.WithScopeAsync(action);

    /// <summary>Publishes every culture of an item; its parent must already be published.</summary>
    public static async Task PublishAsync(this CmsTestHost host, Guid key)
    {
        var result = await host.WithScopeAsync<PublishingService, PublishResult>(s => s.PublishAsync(key, ["*"], CmsTestHost.User, default));
        Assert.True(result.Succeeded, $"{result.Status}: {string.Join("; ", result.Errors?.Select(e => e.ToString()) ?? [])}");
    }

    /// <summary>Publishes an item and all its descendants, published before or not.</summary>
    public static async Task PublishBranchAsync(this CmsTestHost host, Guid key)
    {
        var result = await host.WithScopeAsync<PublishingService, BranchPublishResult>(
            s => s.PublishWithDescendantsAsync(key, ["*"], includeUnpublishedDescendants: true, CmsTestHost.User, default));
        Assert.True(result.Succeeded, string.Join("; ", result.Items.Where(i => !i.Result.Succeeded).Select(i => $"{i.Key}: {i.Result.Status}")));
    }

    private static DocumentView Succeeded(DocumentResult result)
    {
        Assert.True(result.Succeeded, $"{result.Status}: {string.Join("; ", result.Errors?.Select(e => e.ToString()) ?? [])}");
        return result.Document!;
    }
}
