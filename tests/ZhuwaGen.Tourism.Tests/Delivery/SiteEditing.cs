using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Delivery;

/// <summary>Editor actions on a running site, through the services the back office uses.</summary>
public static class SiteEditing
{
    /// <summary>Saves the draft with a new name and/or URL segment in one culture and publishes that culture.</summary>
    public static async Task RenameAndPublishAsync(this SiteFactory site, Guid key, string culture, string? name = null, string? segment = null)
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var view = await scope.ServiceProvider.GetRequiredService<DocumentQueries>().GetAsync(key, default)
                ?? throw new InvalidOperationException($"No document {key}.");
            var names = new Dictionary<string, string>(view.Draft.Names, StringComparer.OrdinalIgnoreCase);
            if (name is not null)
            {
                names[culture] = name;
            }

            var values = view.Draft.Values.ToList();
            if (segment is not null)
            {
                values.RemoveAll(v => v.Alias == "umbracoUrlName" && string.Equals(v.Culture, culture, StringComparison.OrdinalIgnoreCase));
                values.Add(new PropertyValue("umbracoUrlName", culture, new JValue(segment)));
            }

            var saved = await scope.ServiceProvider.GetRequiredService<DocumentService>()
                .SaveDraftAsync(key, new DocumentEdit(names, values), "editor", default);
            Assert.True(saved.Succeeded, saved.Status.ToString());
        }

        await site.WithScopeAsync<PublishingService>(async publishing =>
        {
            var result = await publishing.PublishAsync(key, [culture], "editor", default);
            Assert.True(result.Succeeded, result.Status.ToString());
        });
    }

    public static Task MoveAsync(this SiteFactory site, Guid key, Guid parent) =>
        site.WithScopeAsync<DocumentTreeService>(async tree =>
            Assert.Equal(ContentEditingOperationStatus.Success, await tree.MoveAsync(key, parent, "editor", default)));
}
