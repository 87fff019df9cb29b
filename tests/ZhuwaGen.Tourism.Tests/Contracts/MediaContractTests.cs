using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Media;

namespace ZhuwaGen.Tourism.Tests.Contracts;

/// <summary>The whole JSON of the Media Delivery API's query endpoint and its problem, pinned by reviewed snapshots (contract §2).</summary>
public sealed class MediaContractTests(ContractSites sites) : IClassFixture<ContractSites>
{
    private const string Api = "/umbraco/delivery/api/v2/media";

    [Theory, BothProviders]
    public async Task Children_of_the_media_root(DatabaseProvider provider)
    {
        var site = (await sites.GetAsync(provider)).Site;
        var folder = await MediaSite.FolderAsync(site, "Route photos");
        var image = await MediaSite.UploadAsync(site, TestImages.Png(64, 48), "Zhuwagen Gate.png",
            altText: new Dictionary<string, string> { ["zh-Hans"] = "竹瓦根镇大门", ["en"] = "Zhuwagen gate" });
        using var client = site.CreateClient();

        using var response = await client.GetAsync($"{Api}?fetch=children:/&sort=name:asc");

        await Snapshot.MatchesAsync(response, HttpStatusCode.OK, "application/json", "media-children-root", replacements: new Dictionary<string, string>
        {
            [folder.Key.ToString()] = "<folder id>",
            [image.Key.ToString()] = "<image id>",
            [image.Url!.Split('/')[2]] = "<image folder>",
        });
    }

    [Theory, BothProviders]
    public async Task An_unknown_sort_is_a_400_problem(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).Site.CreateClient();
        using var response = await client.GetAsync($"{Api}?fetch=children:/&sort=level:asc");
        await Snapshot.MatchesAsync(response, HttpStatusCode.BadRequest, "application/problem+json", "media-400-unknown-sort", ["traceId"]);
    }
}
