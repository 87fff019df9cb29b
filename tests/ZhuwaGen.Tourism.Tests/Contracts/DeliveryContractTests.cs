using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Delivery;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Delivery.DeliveryHttp;

namespace ZhuwaGen.Tourism.Tests.Contracts;

/// <summary>The whole JSON of the Delivery API's query endpoint and its problems, pinned by reviewed snapshots (contract §1).</summary>
public sealed class DeliveryContractTests(ContractSites sites) : IClassFixture<ContractSites>
{
    private const string Children = Content + "?fetch=children:/sangjiu-baga/&sort=sortOrder:asc&take=2";
    private static readonly string[] ProblemVolatile = ["traceId"];

    [Theory, BothProviders]
    public async Task Children_of_the_route_in_chinese(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).Site.CreateClient();
        using var response = await GetAsync(client, Children);
        await Snapshot.MatchesAsync(response, HttpStatusCode.OK, "application/json", "delivery-content-children-route-zh");
    }

    [Theory, BothProviders]
    public async Task Children_of_the_route_in_english(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).Site.CreateClient();
        using var response = await GetAsync(client, Children, ("Accept-Language", "en"));
        await Snapshot.MatchesAsync(response, HttpStatusCode.OK, "application/json", "delivery-content-children-route-en");
    }

    [Theory, BothProviders]
    public async Task An_unknown_filter_is_a_400_problem(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).Site.CreateClient();
        using var response = await GetAsync(client, Content + "?filter=nope:x");
        await Snapshot.MatchesAsync(response, HttpStatusCode.BadRequest, "application/problem+json", "delivery-content-400-unknown-filter", ProblemVolatile);
    }

    [Theory, BothProviders]
    public async Task An_unknown_route_is_a_404_problem(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).Site.CreateClient();
        using var response = await GetAsync(client, "item/no/such/place/");
        await Snapshot.MatchesAsync(response, HttpStatusCode.NotFound, "application/problem+json", "delivery-item-404-by-route", ProblemVolatile);
    }

    /// <summary>A redirect has no body worth pinning; its headers are the contract. Own site: the rename changes content.</summary>
    [Theory, BothProviders]
    public async Task A_renamed_route_answers_301_with_the_new_route_and_start_item_headers(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider, DeliverySites.Settings());
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await site.RenameAndPublishAsync(RedStation, "en", segment: "red-station");

        using var response = await GetAsync(client, "item/sangjiu-baga/sangjiu-red-station/", ("Accept-Language", "en"));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/sangjiu-baga/red-station/", response.Headers.Location!.OriginalString);
        Assert.Equal(
            [("Location-Start-Item-Id", Site.ToString()), ("Location-Start-Item-Path", "zhuwagen")],
            response.Headers.Where(h => h.Key.StartsWith("Location-Start-Item-", StringComparison.OrdinalIgnoreCase))
                .OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => (h.Key, Assert.Single(h.Value))));
    }
}
