using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Delivery.Rendering;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Media;

/// <summary>Puts uploaded media into a seeded page's media picker and publishes it, as an editor would.</summary>
internal static class PhotoPicks
{
    /// <summary>Sets <paramref name="alias"/> of <paramref name="document"/> to the media items, in order, and publishes zh-Hans and en.</summary>
    public static async Task PickAsync(SiteFactory site, Guid document, string alias, params Guid[] media)
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var view = await scope.ServiceProvider.GetRequiredService<DocumentQueries>().GetAsync(document, default)
                ?? throw new InvalidOperationException($"No document {document}.");
            var values = view.Draft.Values.Where(v => v.Alias != alias).ToList();
            values.Add(new PropertyValue(alias, null, new JArray(media.Select(m => new JObject { ["key"] = Guid.NewGuid().ToString(), ["mediaKey"] = m.ToString() }))));
            var saved = await scope.ServiceProvider.GetRequiredService<DocumentService>()
                .SaveDraftAsync(document, new DocumentEdit(view.Draft.Names, values), "editor", default);
            Assert.True(saved.Succeeded, saved.Status.ToString());
        }

        await site.WithScopeAsync<PublishingService>(async publishing =>
        {
            var result = await publishing.PublishAsync(document, ["zh-Hans", "en"], "editor", default);
            Assert.True(result.Succeeded, result.Status.ToString());
        });

        // The stored JSON follows the publish before a test reads it, so what the test sees is the published state.
        await site.Services.GetRequiredService<DeliveryContentJsonStore>().EnsureCurrentAsync(default);
    }
}
