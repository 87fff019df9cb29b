using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Delivery;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>Site pages are answered from the output cache until a publish, whose change evicts every page.</summary>
public sealed class SiteOutputCacheTests
{
    private static readonly Guid RedStation = Guid.Parse("7aad4c02-e0b5-4750-b26b-17eb823a1ed7");

    [Theory, BothProviders]
    public async Task A_publish_evicts_the_cached_pages_that_show_the_item(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient();
        foreach (var path in new[] { "/en/", "/en/sangjiu-baga/" })
        {
            using var first = await client.GetAsync(path);
            using var second = await client.GetAsync(path);
            Assert.Null(first.Headers.Age);
            Assert.NotNull(second.Headers.Age);
        }

        await site.RenameAndPublishAsync(RedStation, "en", name: "Sangjiu Red Station, Renamed");

        foreach (var path in new[] { "/en/", "/en/sangjiu-baga/" })
        {
            using var after = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.Null(after.Headers.Age);
            Assert.Contains("Sangjiu Red Station, Renamed", await after.Content.ReadAsStringAsync());
        }
    }

    [Theory, BothProviders]
    public async Task Searches_and_missing_pages_are_not_cached(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient();
        foreach (var path in new[] { "/en/?q=picking", "/en/no-such-page/" })
        {
            using var first = await client.GetAsync(path);
            using var second = await client.GetAsync(path);
            Assert.Null(second.Headers.Age);
        }
    }
}
