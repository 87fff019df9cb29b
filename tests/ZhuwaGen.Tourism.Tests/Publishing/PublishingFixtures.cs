using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Tests.Builders;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Publishing;

/// <summary>
/// A small culture-variant tree ("page" under "page") over zh-Hans (default, mandatory), en and bo, and
/// shorthand for the create / save / publish calls the publishing tests repeat. Names are single lowercase
/// ASCII words so that the URL segment equals the name and routes can be written out literally.
/// </summary>
internal static class PublishingFixtures
{
    public const string Zh = "zh-Hans";
    public const string En = "en";
    public const string PageType = "page";

    public static ContentSchema PageSchema(bool mandatorySubtitle = false) =>
        new SchemaBuilder()
            .WithLanguages()
            .AddContentType(PageType, t =>
            {
                t.VariesByCulture().AllowAtRoot().AllowChildren(PageType)
                    .AddProperty("title", PropertyEditorAliases.TextBox, variesByCulture: true);
                if (mandatorySubtitle)
                {
                    t.AddProperty("subtitle", PropertyEditorAliases.TextBox, mandatory: true);
                }
            })
            .Build();

    public static Task<CmsTestHost> StartAsync(DatabaseProvider provider, Action<IDictionary<string, string?>>? configure = null) =>
        CmsTestHost.StartAsync(provider, PageSchema(), configure: configure);

    /// <summary>Creates a page named per culture (each when given); its title is its name.</summary>
    public static async Task<Guid> CreateAsync(CmsTestHost host, Guid? parent, string? zhName, string? enName = null)
    {
        var names = new Dictionary<string, string>();
        var values = new List<PropertyValue>();
        if (zhName is not null)
        {
            names[Zh] = zhName;
            values.Add(new PropertyValue("title", Zh, new JValue(zhName)));
        }

        if (enName is not null)
        {
            names[En] = enName;
            values.Add(new PropertyValue("title", En, new JValue(enName)));
        }

        var result = await host.WithScopeAsync<DocumentService, DocumentResult>(s =>
            s.CreateAsync(new DocumentCreate(PageType, parent, names, values), CmsTestHost.User, default));
        Assert.True(result.Succeeded, $"{result.Status}: {string.Join("; ", result.Errors ?? [])}");
        return result.Document!.Key;
    }

    /// <summary>Saves a new draft name (and title) for one culture.</summary>
    public static async Task SaveAsync(CmsTestHost host, Guid key, string culture, string name)
    {
        var result = await host.WithScopeAsync<DocumentService, DocumentResult>(s => s.SaveDraftAsync(
            key,
            new DocumentEdit(new Dictionary<string, string> { [culture] = name }, [new PropertyValue("title", culture, new JValue(name))]),
            CmsTestHost.User,
            default));
        Assert.True(result.Succeeded, $"{result.Status}: {string.Join("; ", result.Errors ?? [])}");
    }

    public static Task<PublishResult> PublishAsync(CmsTestHost host, Guid key, params string[] cultures) =>
        host.WithScopeAsync<PublishingService, PublishResult>(s => s.PublishAsync(key, cultures, CmsTestHost.User, default));

    public static Task<PublishResult> UnpublishAsync(CmsTestHost host, Guid key, params string[] cultures) =>
        host.WithScopeAsync<PublishingService, PublishResult>(s => s.UnpublishAsync(key, cultures, CmsTestHost.User, default));

    public static Task<BranchPublishResult> PublishBranchAsync(CmsTestHost host, Guid key, bool includeUnpublished) =>
        host.WithScopeAsync<PublishingService, BranchPublishResult>(s =>
            s.PublishWithDescendantsAsync(key, ["*"], includeUnpublished, CmsTestHost.User, default));

    /// <summary>Publishes and fails the test with the status when that does not succeed.</summary>
    public static async Task PublishOkAsync(CmsTestHost host, Guid key, params string[] cultures)
    {
        var result = await PublishAsync(host, key, cultures);
        Assert.True(result.Succeeded, result.Status.ToString());
    }

    public static async Task<DocumentView> GetAsync(CmsTestHost host, Guid key) =>
        (await host.WithScopeAsync<DocumentQueries, DocumentView?>(q => q.GetAsync(key, default)))!;

    public static DocumentCultureState State(DocumentView view, string culture) =>
        view.Cultures.Single(c => string.Equals(c.Culture, culture, StringComparison.OrdinalIgnoreCase));

    /// <summary>Imports a changed schema into a running host (additive changes only; fails the test if refused).</summary>
    public static async Task ImportAsync(CmsTestHost host, ContentSchema schema)
    {
        var result = await host.WithScopeAsync<SchemaImporter, SchemaImportResult>(i => i.ImportAsync(schema, false, default));
        Assert.True(result.Succeeded, string.Join("; ", result.Refusals));
    }

    public static DateTime Now(CmsTestHost host) => host.Clock.GetUtcNow().UtcDateTime;
}
