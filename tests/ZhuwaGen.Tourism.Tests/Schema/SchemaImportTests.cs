using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Languages;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Schema;

/// <summary>Importing the repository's umbraco.config into a database, then changing it the ways editors would.</summary>
public sealed class SchemaImportTests
{
    private static readonly Guid TextareaDataType = Guid.Parse("fa0927cf-d27b-4392-98bd-b493d8e4d64d");

    [Theory, BothProviders]
    public async Task Importing_umbraco_config_again_changes_nothing_and_the_store_round_trips_to_the_file(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var file = FileSchema();

        var again = await ImportAsync(host, file);
        var stored = await host.WithScopeAsync<SchemaStore, ContentSchema>(s => s.LoadAsync(default));

        Assert.True(again.Succeeded);
        Assert.Empty(again.Changes);
        Assert.Equal(SchemaFileWriter.Write(file), SchemaFileWriter.Write(stored));
    }

    [Theory, BothProviders]
    public async Task Additive_changes_are_applied(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        await CreateSiteAsync(host);
        var file = FileSchema();
        var site = file.FindContentType("site")!;
        var newsletter = site.Properties[0] with { Key = Guid.NewGuid(), Alias = "newsletter", Name = "Newsletter", Mandatory = false };
        var faq = site with { Key = Guid.NewGuid(), Alias = "faq", Name = "FAQ", AllowedChildren = [], Properties = [], Compositions = [] };
        var french = new Language(Guid.NewGuid(), "fr", "Français", false, false, "zh-Hans");
        var changed = new ContentSchema(
            [.. file.Languages, french],
            file.DataTypes,
            [.. file.ContentTypes.Select(t => t.Alias == "site" ? t with { Properties = [.. t.Properties, newsletter] } : t), faq]);

        var result = await ImportAsync(host, changed);

        Assert.True(result.Succeeded, string.Join("; ", result.Refusals));
        var stored = await host.WithScopeAsync<SchemaStore, ContentSchema>(s => s.LoadAsync(default));
        Assert.NotNull(stored.FindLanguage("fr"));
        Assert.NotNull(stored.FindContentType("faq"));
        Assert.Contains(stored.FindContentType("site")!.Properties, p => p.Alias == "newsletter");
        Assert.Equal(SchemaFileWriter.Write(changed), SchemaFileWriter.Write(stored));
    }

    [Theory, BothProviders]
    public async Task Removing_a_property_that_holds_values_is_refused_unless_data_loss_is_allowed(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        await CreateSiteAsync(host);
        var changed = WithSite(FileSchema(), t => t with { Properties = [.. t.Properties.Where(p => p.Alias != "contactPhone")] });

        await AssertRefusedThenAllowedAsync(host, changed, "'contactPhone'", "'site'");

        Assert.DoesNotContain(await StoredSitePropertiesAsync(host), p => p.Alias == "contactPhone");
    }

    [Theory, BothProviders]
    public async Task Changing_the_editor_of_a_property_that_holds_values_is_refused_unless_data_loss_is_allowed(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        await CreateSiteAsync(host);
        var changed = WithSite(FileSchema(), t => t with
        {
            Properties = [.. t.Properties.Select(p => p.Alias == "contactPhone"
                ? p with { EditorAlias = PropertyEditorAliases.TextArea, DataTypeKey = TextareaDataType }
                : p)],
        });

        await AssertRefusedThenAllowedAsync(host, changed, "'contactPhone'", "'site'", PropertyEditorAliases.TextArea);

        Assert.Equal(PropertyEditorAliases.TextArea, (await StoredSitePropertiesAsync(host)).Single(p => p.Alias == "contactPhone").EditorAlias);
    }

    [Theory, BothProviders]
    public async Task Removing_a_content_type_with_documents_is_refused_unless_data_loss_is_allowed(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        await CreateSiteAsync(host);
        var file = FileSchema();
        var changed = new ContentSchema(file.Languages, file.DataTypes, [.. file.ContentTypes.Where(t => t.Alias != "site")]);

        await AssertRefusedThenAllowedAsync(host, changed, "'site'");

        var stored = await host.WithScopeAsync<SchemaStore, ContentSchema>(s => s.LoadAsync(default));
        Assert.Null(stored.FindContentType("site"));
    }

    [Theory, BothProviders]
    public async Task Removing_a_language_with_content_is_refused_unless_data_loss_is_allowed(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        await CreateSiteAsync(host);
        var file = FileSchema();
        var changed = new ContentSchema([.. file.Languages.Where(l => l.IsoCode != "en")], file.DataTypes, file.ContentTypes);

        await AssertRefusedThenAllowedAsync(host, changed, "'en'");

        var stored = await host.WithScopeAsync<SchemaStore, ContentSchema>(s => s.LoadAsync(default));
        Assert.Null(stored.FindLanguage("en"));
    }

    [Theory, BothProviders]
    public async Task Removing_a_property_without_values_is_applied_without_allowing_data_loss(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        // The site holds no tagline, so removing it loses nothing.
        await CreateSiteAsync(host);
        var changed = WithSite(FileSchema(), t => t with { Properties = [.. t.Properties.Where(p => p.Alias != "tagline")] });

        var result = await ImportAsync(host, changed);

        Assert.True(result.Succeeded, string.Join("; ", result.Refusals));
        Assert.DoesNotContain(await StoredSitePropertiesAsync(host), p => p.Alias == "tagline");
    }

    [Theory, BothProviders]
    public async Task A_renamed_content_type_alias_carries_its_documents_along(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var key = await CreateSiteAsync(host);
        var changed = WithSite(FileSchema(), t => t with { Alias = "homeSite" });

        var result = await ImportAsync(host, changed);

        Assert.True(result.Succeeded, string.Join("; ", result.Refusals));
        var view = await host.WithScopeAsync<DocumentQueries, DocumentView?>(q => q.GetAsync(key, default));
        Assert.Equal("homeSite", view!.ContentTypeAlias);
        // The document still finds its type: it can be published under the new alias.
        var published = await host.WithScopeAsync<PublishingService, PublishResult>(s => s.PublishAsync(key, ["*"], CmsTestHost.User, default));
        Assert.True(published.Succeeded, published.Status.ToString());
        Assert.Equal("homeSite", host.Snapshot.ByKey(key)!.ContentTypeAlias);
    }

    private static ContentSchema FileSchema()
    {
        var read = SchemaFileReader.Read(Path.Combine(CmsTestHost.RepositoryRoot, "umbraco.config"));
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        return read.Schema!;
    }

    private static ContentSchema WithSite(ContentSchema schema, Func<ContentType, ContentType> change) =>
        new(schema.Languages, schema.DataTypes, [.. schema.ContentTypes.Select(t => t.Alias == "site" ? change(t) : t)]);

    private static Task<SchemaImportResult> ImportAsync(CmsTestHost host, ContentSchema schema, bool allowDataLoss = false) =>
        host.WithScopeAsync<SchemaImporter, SchemaImportResult>(i => i.ImportAsync(schema, allowDataLoss, default));

    private static async Task<IReadOnlyList<PropertyType>> StoredSitePropertiesAsync(CmsTestHost host) =>
        (await host.WithScopeAsync<SchemaStore, ContentSchema>(s => s.LoadAsync(default))).FindContentType("site")!.Properties;

    /// <summary>The import is refused with a message naming every fragment and changes nothing; allowed, it applies.</summary>
    private static async Task AssertRefusedThenAllowedAsync(CmsTestHost host, ContentSchema changed, params string[] fragments)
    {
        var before = SchemaFileWriter.Write(await host.WithScopeAsync<SchemaStore, ContentSchema>(s => s.LoadAsync(default)));

        var refused = await ImportAsync(host, changed);

        Assert.False(refused.Succeeded);
        Assert.Contains(refused.Refusals, r => fragments.All(f => r.Contains(f, StringComparison.Ordinal)));
        Assert.Equal(before, SchemaFileWriter.Write(await host.WithScopeAsync<SchemaStore, ContentSchema>(s => s.LoadAsync(default))));

        var allowed = await ImportAsync(host, changed, allowDataLoss: true);

        Assert.True(allowed.Succeeded, string.Join("; ", allowed.Refusals));
        Assert.NotEmpty(allowed.Changes);
    }

    /// <summary>A site in zh-Hans and en with a contact phone (an invariant value) and no tagline.</summary>
    private static async Task<Guid> CreateSiteAsync(CmsTestHost host)
    {
        var created = await host.WithScopeAsync<DocumentService, DocumentResult>(s => s.CreateAsync(
            new DocumentCreate(
                "site",
                null,
                new Dictionary<string, string> { ["zh-Hans"] = "竹瓦根镇", ["en"] = "Zhuwagen" },
                [
                    new PropertyValue("siteName", "zh-Hans", new JValue("竹瓦根镇")),
                    new PropertyValue("siteName", "en", new JValue("Zhuwagen")),
                    new PropertyValue("contactPhone", null, new JValue("0836-1234567")),
                ]),
            CmsTestHost.User,
            default));
        Assert.True(created.Succeeded, $"{created.Status}: {string.Join("; ", created.Errors ?? [])}");
        return created.Document!.Key;
    }
}
