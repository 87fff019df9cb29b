using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Builders;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Documents;

/// <summary>SaveDraftAsync: validation before any write, a new draft version per save, per-culture merging.</summary>
public sealed class DocumentSaveTests
{
    [Theory, BothProviders]
    public async Task Save_with_missing_mandatory_value_reports_property_and_culture_and_writes_nothing(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var site = await host.CreateAsync(DocumentBuilder.Site());
        var auditBefore = await host.AuditAsync(site.Key);

        // Three problems at once: a blank en name, the mandatory en siteName cleared, an invariant phone failing its regex.
        var result = await host.TrySaveAsync(site.Key, DocumentBuilder.Edit()
            .Named("en", " ").With("en", "siteName", null).With("contactPhone", "call us").BuildEdit());

        Assert.Equal(ContentEditingOperationStatus.PropertyValidationError, result.Status);
        Assert.Equal(
            [("contactPhone", null), ("name", "en"), ("siteName", "en")],
            result.Errors!.Select(e => (e.Alias, e.Culture)).OrderBy(e => e.Alias).ToArray());
        var after = await host.GetAsync(site.Key);
        Assert.Equal(site.Revision, after.Revision);
        Assert.Equal(site.DraftVersionId, after.DraftVersionId);
        Assert.Equal(site.Draft.ToJson(), after.Draft.ToJson());
        Assert.Single(await host.VersionsAsync(site.Key));
        Assert.Equal(auditBefore, await host.AuditAsync(site.Key));
    }

    [Theory, BothProviders]
    public async Task Create_with_missing_mandatory_values_reports_each_and_creates_nothing(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 0);

        var result = await host.TryCreateAsync(DocumentBuilder.Stop(tree.Route.Key, 1).Without("latitude").Without("orderOnRoute"));

        Assert.Equal(ContentEditingOperationStatus.PropertyValidationError, result.Status);
        Assert.Equal([("latitude", null), ("orderOnRoute", null)], result.Errors!.Select(e => (e.Alias, e.Culture)).OrderBy(e => e.Alias).ToArray());
        Assert.Empty(await host.ChildrenAsync(tree.Route.Key));
    }

    [Theory, BothProviders]
    public async Task ValidateAsync_reports_the_errors_a_save_would_and_writes_nothing(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 1);
        var stop = tree.Stops[0];

        var result = await host.WithScopeAsync<DocumentService, DocumentResult>(s => s.ValidateAsync(
            stop.Key, DocumentBuilder.Edit().With("longitude", null).BuildEdit(), default));

        Assert.Equal(ContentEditingOperationStatus.PropertyValidationError, result.Status);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(("longitude", (string?)null), (error.Alias, error.Culture));
        Assert.Equal(stop.Revision, (await host.GetAsync(stop.Key)).Revision);
        Assert.Single(await host.VersionsAsync(stop.Key));
    }

    [Theory, BothProviders]
    public async Task Each_save_is_a_new_draft_version_and_a_new_revision(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 1);
        var stop = tree.Stops[0];

        var saved = await host.SaveAsync(stop.Key, DocumentBuilder.Edit().With("en", "openingHours", "9:00–18:00"));

        Assert.Equal(stop.Revision + 1, saved.Revision);
        Assert.NotEqual(stop.DraftVersionId, saved.DraftVersionId);
        Assert.Equal([saved.DraftVersionId, stop.DraftVersionId], (await host.VersionsAsync(stop.Key)).Select(v => v.Id));
        Assert.Equal("9:00–18:00", (string?)saved.Draft.GetValue("openingHours", "en"));
        var first = await host.WithScopeAsync<DocumentQueries, DocumentData?>(q => q.GetVersionDataAsync(stop.Key, stop.DraftVersionId, default));
        Assert.Null(first!.GetValue("openingHours", "en"));
    }

    [Theory, BothProviders]
    public async Task Two_translators_saving_different_cultures_do_not_overwrite_each_other(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 1);
        var stop = tree.Stops[0].Key;

        await host.SaveAsync(stop, DocumentBuilder.Edit().Named("en", "Sangjiu Red Station").With("en", "openingHours", "9:00–18:00"), "translator-en");
        var saved = await host.SaveAsync(stop, DocumentBuilder.Edit().Named("zh-Hans", "桑久红色驿站").With("zh-Hans", "openingHours", "九点至十八点"), "translator-zh");

        Assert.Equal("Sangjiu Red Station", saved.Draft.Names["en"]);
        Assert.Equal("桑久红色驿站", saved.Draft.Names["zh-Hans"]);
        Assert.Equal("9:00–18:00", (string?)saved.Draft.GetValue("openingHours", "en"));
        Assert.Equal("九点至十八点", (string?)saved.Draft.GetValue("openingHours", "zh-Hans"));
        Assert.Equal(["Sangjiu Red Station", "桑久红色驿站"], saved.Cultures.Select(c => c.Name));
    }

    [Theory, BothProviders]
    public async Task Null_clears_a_value_and_leaves_the_other_cultures_value(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 1);
        var stop = tree.Stops[0].Key;
        await host.SaveAsync(stop, DocumentBuilder.Edit().With("en", "openingHours", "9-18").With("zh-Hans", "openingHours", "九点").With("contactPhone", "0797 1234567"));

        var saved = await host.SaveAsync(stop, DocumentBuilder.Edit().With("en", "openingHours", null).With("contactPhone", null));

        Assert.Null(saved.Draft.GetValue("openingHours", "en"));
        Assert.Null(saved.Draft.GetValue("contactPhone", null));
        Assert.Equal("九点", (string?)saved.Draft.GetValue("openingHours", "zh-Hans"));
    }

    [Theory, BothProviders]
    public async Task Invariant_values_are_stored_once_and_shared_by_every_culture(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 1);
        var stop = tree.Stops[0].Key;

        // The English translator's save changes the latitude for the Chinese page too: there is only one.
        var saved = await host.SaveAsync(stop, DocumentBuilder.Edit().Named("en", "Stop One").With("latitude", 30.25));
        var perCulture = await host.TrySaveAsync(stop, DocumentBuilder.Edit().With("en", "latitude", 31.0).BuildEdit());

        var latitude = Assert.Single(saved.Draft.Values, v => v.Alias == "latitude");
        Assert.Null(latitude.Culture);
        Assert.Equal(30.25, (double)latitude.Value!);
        Assert.Equal(ContentEditingOperationStatus.PropertyValidationError, perCulture.Status);
        Assert.Contains(perCulture.Errors!, e => e.Alias == "latitude");
    }

    [Theory, BothProviders]
    public async Task Save_with_a_stale_expected_revision_is_ConcurrencyConflict_and_writes_nothing(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 1);
        var loaded = tree.Stops[0];
        var first = await host.TrySaveAsync(loaded.Key, DocumentBuilder.Edit().With("en", "openingHours", "A").BuildEdit(loaded.Revision));

        // The second editor loaded the same revision and saves after the first.
        var second = await host.TrySaveAsync(loaded.Key, DocumentBuilder.Edit().With("en", "openingHours", "B").BuildEdit(loaded.Revision));

        Assert.Equal(ContentEditingOperationStatus.Success, first.Status);
        Assert.Equal(ContentEditingOperationStatus.ConcurrencyConflict, second.Status);
        var current = await host.GetAsync(loaded.Key);
        Assert.Equal(first.Document!.Revision, current.Revision);
        Assert.Equal("A", (string?)current.Draft.GetValue("openingHours", "en"));
        Assert.Equal(2, (await host.VersionsAsync(loaded.Key)).Count);
    }
}
