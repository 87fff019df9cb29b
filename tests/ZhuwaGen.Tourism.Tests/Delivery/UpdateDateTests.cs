using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Delivery.DeliveryHttp;

namespace ZhuwaGen.Tourism.Tests.Delivery;

/// <summary>The published updateDate is the date of the published version: a draft save leaves it, a publish moves it.</summary>
public sealed class UpdateDateTests
{
    [Theory, BothProviders]
    public async Task Saving_a_draft_keeps_the_delivery_update_date_and_publishing_changes_it(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider, DeliverySites.Settings(("Umbraco:CMS:DeliveryApi:OutputCache:Enabled", "false")));
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient();
        var en = ("Accept-Language", "en");

        var published = (string)(await JsonAsync(client, $"item/{Zhala}", en))["updateDate"]!;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var view = (await scope.ServiceProvider.GetRequiredService<DocumentQueries>().GetAsync(Zhala, default))!;
            var names = new Dictionary<string, string>(view.Draft.Names, StringComparer.OrdinalIgnoreCase) { ["en"] = "Zhala, a draft" };
            var saved = await scope.ServiceProvider.GetRequiredService<DocumentService>()
                .SaveDraftAsync(Zhala, new DocumentEdit(names, view.Draft.Values), "editor", default);
            Assert.True(saved.Succeeded, saved.Status.ToString());
        }

        // Reloaded from the database as after a restart, so the draft's row is read again.
        await site.Services.GetRequiredService<PublishedSnapshotService>().RebuildAsync(default);
        var afterDraft = await JsonAsync(client, $"item/{Zhala}", en);
        await site.WithScopeAsync<PublishingService>(async publishing =>
            Assert.True((await publishing.PublishAsync(Zhala, ["en"], "editor", default)).Succeeded));
        var afterPublish = await JsonAsync(client, $"item/{Zhala}", en);

        Assert.NotEqual("Zhala, a draft", (string)afterDraft["name"]!);
        Assert.Equal(published, (string)afterDraft["updateDate"]!);
        Assert.Equal("Zhala, a draft", (string)afterPublish["name"]!);
        Assert.True(string.CompareOrdinal((string)afterPublish["updateDate"]!, published) > 0, $"{afterPublish["updateDate"]} should be after {published}.");
    }
}
