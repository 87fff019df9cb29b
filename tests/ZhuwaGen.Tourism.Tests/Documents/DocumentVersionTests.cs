using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Builders;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Documents;

/// <summary>Version history (DocumentQueries.GetVersionsAsync) and rollback (DocumentVersionService).</summary>
public sealed class DocumentVersionTests
{
    [Theory, BothProviders]
    public async Task Versions_are_listed_newest_first_with_the_current_draft_and_published_version_flagged(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 1);
        var stop = tree.Stops[0].Key;
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var saved = await host.SaveAsync(stop, DocumentBuilder.Edit().With("en", "openingHours", "9-18"), "translator-en");
        await host.PublishBranchAsync(tree.Site.Key);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var latest = await host.SaveAsync(stop, DocumentBuilder.Edit().With("en", "openingHours", "10-17"));

        var versions = await host.VersionsAsync(stop);

        Assert.Equal(versions.Select(v => v.Id).OrderDescending(), versions.Select(v => v.Id));
        Assert.Equal(4, versions.Count);
        Assert.Equal(latest.DraftVersionId, Assert.Single(versions, v => v.IsCurrentDraft).Id);
        var published = Assert.Single(versions, v => v.IsCurrentPublished);
        Assert.True(published.IsPublishedVersion);
        Assert.Equal(["en", "zh-Hans"], published.PublishedCultures);
        Assert.Equal("translator-en", versions.Single(v => v.Id == saved.DraftVersionId).CreatedBy);
        Assert.True(versions[0].VersionDate > versions[^1].VersionDate);
    }

    [Theory, BothProviders]
    public async Task Rollback_makes_a_new_draft_with_the_old_values_and_leaves_the_published_version_until_publish(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 0);
        var created = await host.CreateAsync(DocumentBuilder.Stop(tree.Route.Key, 1).With("en", "openingHours", "9-18"));
        await host.PublishBranchAsync(tree.Site.Key);
        var edited = await host.SaveAsync(created.Key, DocumentBuilder.Edit().With("en", "openingHours", "10-17").With("latitude", 31.5));
        await host.PublishAsync(created.Key);
        var publishedVersion = (await host.GetAsync(created.Key)).PublishedVersionId;

        var result = await Rollback(host, created.Key, created.DraftVersionId, null);

        Assert.Equal(ContentEditingOperationStatus.Success, result.Status);
        var draft = result.Document!;
        Assert.True(draft.DraftVersionId > edited.DraftVersionId);
        Assert.Equal("9-18", (string?)draft.Draft.GetValue("openingHours", "en"));
        Assert.Equal((double)created.Draft.GetValue("latitude", null)!, (double)draft.Draft.GetValue("latitude", null)!);
        Assert.Equal(publishedVersion, draft.PublishedVersionId);
        Assert.All(draft.Cultures, c => Assert.True(c.Edited));
        Assert.Equal("10-17", (string?)host.Snapshot.ByKey(created.Key)!.Value("openingHours", "en"));

        await host.PublishAsync(created.Key);

        Assert.Equal("9-18", (string?)host.Snapshot.ByKey(created.Key)!.Value("openingHours", "en"));
    }

    [Theory, BothProviders]
    public async Task Rollback_of_one_culture_changes_only_that_culture(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 0);
        var v1 = await host.CreateAsync(DocumentBuilder.Stop(tree.Route.Key, 1)
            .Named("en", "Stop 1").With("en", "openingHours", "9-18").With("zh-Hans", "openingHours", "九点"));
        await host.SaveAsync(v1.Key, DocumentBuilder.Edit()
            .Named("en", "Stop One").With("en", "openingHours", "10-17").With("zh-Hans", "openingHours", "十点").With("latitude", 31.5));

        var result = await Rollback(host, v1.Key, v1.DraftVersionId, "en");

        Assert.Equal(ContentEditingOperationStatus.Success, result.Status);
        var draft = result.Document!.Draft;
        Assert.Equal(("Stop 1", "9-18"), (draft.Names["en"], (string?)draft.GetValue("openingHours", "en")));
        Assert.Equal("十点", (string?)draft.GetValue("openingHours", "zh-Hans"));
        Assert.Equal(31.5, (double)draft.GetValue("latitude", null)!);
        Assert.Equal("Stop 1", result.Document.Cultures.Single(c => c.Culture == "en").Name);
        Assert.Equal("stop-1", result.Document.Cultures.Single(c => c.Culture == "en").UrlSegment);
    }

    [Theory, BothProviders]
    public async Task Rollback_of_everything_keeps_a_culture_added_since_so_the_item_stays_publishable(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 0);
        await host.PublishBranchAsync(tree.Site.Key);
        var chineseOnly = await host.CreateAsync(DocumentBuilder.Stop(tree.Route.Key, 1).WithoutCulture("en").With("zh-Hans", "openingHours", "九点"));
        await host.SaveAsync(chineseOnly.Key, DocumentBuilder.Edit().Named("en", "Stop").With("zh-Hans", "openingHours", "十点"));

        var result = await Rollback(host, chineseOnly.Key, chineseOnly.DraftVersionId, null);

        Assert.Equal(ContentEditingOperationStatus.Success, result.Status);
        Assert.Equal("九点", (string?)result.Document!.Draft.GetValue("openingHours", "zh-Hans"));
        Assert.Equal("Stop", result.Document.Draft.Names["en"]);
        await host.PublishAsync(chineseOnly.Key);
    }

    [Theory, BothProviders]
    public async Task Rollback_to_a_version_of_another_document_is_InvalidVersion_and_writes_nothing(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 2);

        var foreign = await Rollback(host, tree.Stops[0].Key, tree.Stops[1].DraftVersionId, null);
        var missing = await Rollback(host, tree.Stops[0].Key, 999_999, null);

        Assert.Equal(ContentEditingOperationStatus.InvalidVersion, foreign.Status);
        Assert.Equal(ContentEditingOperationStatus.InvalidVersion, missing.Status);
        Assert.Single(await host.VersionsAsync(tree.Stops[0].Key));
        Assert.Equal("Stop 1", (await host.GetAsync(tree.Stops[0].Key)).Draft.Names["en"]);
    }

    [Theory, BothProviders]
    public async Task Rollback_to_a_segment_a_sibling_has_taken_since_gives_a_number_instead_of_a_duplicate(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 0);
        var first = await host.CreateAsync(DocumentBuilder.Stop(tree.Route.Key, 1).Named("zh-Hans", "拉萨").Named("en", "Lhasa"));
        await host.SaveAsync(first.Key, DocumentBuilder.Edit().Named("en", "Potala"));
        var second = await host.CreateAsync(DocumentBuilder.Stop(tree.Route.Key, 2).Named("zh-Hans", "拉萨").Named("en", "Lhasa"));
        Assert.Equal("lhasa", second.Cultures.Single(c => c.Culture == "en").UrlSegment);

        var result = await Rollback(host, first.Key, first.DraftVersionId, null);

        Assert.Equal(ContentEditingOperationStatus.Success, result.Status);
        Assert.Equal("lhasa-2", result.Document!.Cultures.Single(c => c.Culture == "en").UrlSegment);
        Assert.Equal("lhasa-2", result.Document.Draft.Segments["en"]);
    }

    [Theory, BothProviders]
    public async Task Rollback_to_an_explicit_url_name_a_sibling_has_taken_since_is_a_validation_error(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 0);
        var first = await host.CreateAsync(DocumentBuilder.Stop(tree.Route.Key, 1).Named("en", "Lhasa Station").With("en", "umbracoUrlName", "lhasa"));
        await host.SaveAsync(first.Key, DocumentBuilder.Edit().With("en", "umbracoUrlName", null));
        await host.CreateAsync(DocumentBuilder.Stop(tree.Route.Key, 2).Named("en", "Lhasa"));

        var result = await Rollback(host, first.Key, first.DraftVersionId, "en");

        Assert.Equal(ContentEditingOperationStatus.PropertyValidationError, result.Status);
        Assert.Equal(("umbracoUrlName", "en"), Assert.Single(result.Errors!).Key());
        Assert.Equal(2, (await host.VersionsAsync(first.Key)).Count);
    }

    private static Task<DocumentResult> Rollback(CmsTestHost host, Guid key, int versionId, string? culture) =>
        host.WithScopeAsync<DocumentVersionService, DocumentResult>(s => s.RollbackAsync(key, versionId, culture, CmsTestHost.User, default));
}
