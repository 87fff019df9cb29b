using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Publishing;

public sealed class SmokeTests
{
    [Theory, BothProviders]
    public async Task Created_and_published_site_is_routable_in_both_cultures(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var created = await host.WithScopeAsync<DocumentService, DocumentResult>(s => s.CreateAsync(
            new DocumentCreate(
                "site",
                null,
                new Dictionary<string, string> { ["zh-Hans"] = "竹瓦根镇", ["en"] = "Zhuwagen" },
                [new PropertyValue("siteName", "zh-Hans", new JValue("竹瓦根镇")), new PropertyValue("siteName", "en", new JValue("Zhuwagen"))]),
            CmsTestHost.User,
            default));
        Assert.True(created.Succeeded, string.Join("; ", created.Errors?.Select(e => e.ToString()) ?? []));

        var published = await host.WithScopeAsync<PublishingService, PublishResult>(s => s.PublishAsync(created.Document!.Key, ["*"], CmsTestHost.User, default));

        Assert.True(published.Succeeded, published.Status.ToString());
        Assert.Equal("Zhuwagen", host.Snapshot.ByRoute("/", "en")!.Cultures["en"].Name);
        Assert.Equal("竹瓦根镇", host.Snapshot.ByRoute("/", "zh-Hans")!.Cultures["zh-Hans"].Name);
    }
}
