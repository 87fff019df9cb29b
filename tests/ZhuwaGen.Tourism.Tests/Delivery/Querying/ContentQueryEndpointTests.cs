using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Web;

namespace ZhuwaGen.Tourism.Tests.Delivery.Querying;

/// <summary><c>GET /umbraco/delivery/api/v2/content</c> over the seeded site.</summary>
public sealed class ContentQueryEndpointTests(SeededSites sites) : IClassFixture<SeededSites>
{
    public const string Url = "/umbraco/delivery/api/v2/content";
    public const string Route = "c3b5a374-9fca-45eb-bac9-3cbf428fb6f8";
    public const string SiteRoot = "bf4b90cb-3ca1-4222-bfab-4bcc41af4357";
    public const string Xueni = "cc51cb14-f489-456c-a90f-d10b85333eee";

    public static readonly string[] StopsInRouteOrder =
    [
        "7aad4c02-e0b5-4750-b26b-17eb823a1ed7", Xueni, "06835c38-6850-4941-9b2d-2d1d263c47c2",
        "aea7f6cc-917e-4644-b1f7-b48e7c3545e2", "50cea35a-6e08-4f94-a18c-547a3f9ccb70",
    ];

    [Theory, BothProviders]
    public async Task Children_of_the_route_by_path_are_the_five_stops_in_route_order(DatabaseProvider provider)
    {
        var (status, body) = await GetAsync(provider, "?fetch=children:/sangjiu-baga/&sort=sortOrder:asc");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, body.GetProperty("total").GetInt64());
        Assert.Equal(StopsInRouteOrder, Ids(body));
        var first = body.GetProperty("items")[0];
        Assert.Equal("routeStop", first.GetProperty("contentType").GetString());
        Assert.Equal("桑久红色驿站", first.GetProperty("name").GetString());
        Assert.Equal("/sangjiu-baga/sangjiu-red-station/", first.GetProperty("route").GetProperty("path").GetString());
    }

    [Theory, BothProviders]
    public async Task Sample_events_filter_and_sort_by_start_date(DatabaseProvider provider)
    {
        var (status, body) = await GetAsync(provider, "?filter=contentType:event&filter=startDate>:2027-08-01&sort=startDate:asc");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["2b71190a-7e56-4d0c-bbfb-0183078a4333", "4beee864-eb5e-4600-a4bd-ee72f456583c"], Ids(body));
        Assert.Equal(2, body.GetProperty("total").GetInt64());
    }

    [Theory, BothProviders]
    public async Task Skip_and_take_default_to_0_and_10_and_total_counts_everything(DatabaseProvider provider)
    {
        var (_, all) = await GetAsync(provider, "");
        var (_, paged) = await GetAsync(provider, "?skip=20&take=1000000");

        var site = await sites.GetAsync(provider);
        Assert.Equal(site.Snapshot.Count, all.GetProperty("total").GetInt64());
        Assert.Equal(10, all.GetProperty("items").GetArrayLength());
        Assert.Equal(site.Snapshot.Count - 20, paged.GetProperty("items").GetArrayLength());
    }

    [Theory, BothProviders]
    public async Task Accept_language_picks_the_culture_of_names_and_search(DatabaseProvider provider)
    {
        var (_, english) = await GetAsync(provider, "?fetch=children:/sangjiu-baga/&filter=text:picking&take=1", "en-US,en;q=0.9");
        var (_, chinese) = await GetAsync(provider, "?filter=text:学尼村 采摘&filter=contentType:routeStop", "zh-CN");

        Assert.StartsWith("Xueni", english.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal([Xueni], Ids(chinese));
    }

    [Theory, BothProviders]
    public async Task Start_item_scopes_path_fetches_by_key_or_segment(DatabaseProvider provider)
    {
        var site = await sites.GetAsync(provider);
        var segment = site.Snapshot.ByKey(Guid.Parse(SiteRoot))!.Cultures["zh-Hans"].UrlSegment;

        var (_, byKey) = await GetAsync(provider, "?fetch=children:/sangjiu-baga/", startItem: SiteRoot);
        var (_, bySegment) = await GetAsync(provider, "?fetch=children:/sangjiu-baga/", startItem: segment);

        Assert.Equal(StopsInRouteOrder, Ids(byKey));
        Assert.Equal(StopsInRouteOrder, Ids(bySegment));
    }

    [Theory]
    [BothProvidersInlineData("?fetch=siblings:/sangjiu-baga/", "Selector option not found", "The attempted 'fetch' option does not exist")]
    [BothProvidersInlineData("?filter=colour:red", "Filter option not found", "One of the attempted 'filter' options does not exist")]
    [BothProvidersInlineData("?sort=colour:asc", "Sort option not found", "One of the attempted 'sort' options does not exist")]
    [BothProvidersInlineData("?skip=-1", "Invalid paging", "The 'skip' value '-1' is not valid: the 'skip' and 'take' parameters must be non-negative integers.")]
    [BothProvidersInlineData("?take=ten", "Invalid paging", "The 'take' value 'ten' is not valid: the 'skip' and 'take' parameters must be non-negative integers.")]
    [BothProvidersInlineData("?skip=1.5", "Invalid paging", "The 'skip' value '1.5' is not valid: the 'skip' and 'take' parameters must be non-negative integers.")]
    [BothProvidersInlineData("?filter=createDate>not-a-date", "Invalid filter value",
        "The value 'not-a-date' of filter 'createDate>not-a-date' is not valid: expected a date in ISO 8601 form, such as 2026-01-05 or 2026-01-05T12:00:00Z.")]
    [BothProvidersInlineData("?filter=orderOnRoute>:x", "Invalid filter value",
        "The value 'x' of filter 'orderOnRoute>:x' is not valid: expected a number, such as 3 or 2.5.")]
    [BothProvidersInlineData("?filter=startDate>:garbage", "Invalid filter value",
        "The value 'garbage' of filter 'startDate>:garbage' is not valid: expected a date in ISO 8601 form, such as 2026-01-05.")]
    [BothProvidersInlineData("?filter=isSample:maybe", "Invalid filter value",
        "The value 'maybe' of filter 'isSample:maybe' is not valid: expected true or false.")]
    [BothProvidersInlineData("?sort=name:sideways", "Invalid sort direction", "The direction 'sideways' of sort 'name:sideways' is not valid: use asc or desc.")]
    [BothProvidersInlineData("?sort=orderOnRoute:", "Invalid sort direction", "The direction '' of sort 'orderOnRoute:' is not valid: use asc or desc.")]
    [BothProvidersInlineData("?filter=nosuchfield:1", "Filter option not found", "One of the attempted 'filter' options does not exist")]
    public async Task Bad_queries_are_400_problem_details_worded_as_umbraco(DatabaseProvider provider, string query, string title, string detail)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();
        using var response = await client.GetAsync(Url + query);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Error", json.RootElement.GetProperty("type").GetString());
        Assert.Equal(title, json.RootElement.GetProperty("title").GetString());
        Assert.Equal(detail, json.RootElement.GetProperty("detail").GetString());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
    }

    [Theory, BothProviders]
    public async Task An_unresolvable_fetch_target_is_an_empty_page(DatabaseProvider provider)
    {
        var (status, body) = await GetAsync(provider, "?fetch=children:/no-such-route/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body.GetProperty("total").GetInt64());
        Assert.Equal(0, body.GetProperty("items").GetArrayLength());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(
        DatabaseProvider provider, string query, string? acceptLanguage = null, string? startItem = null)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Url + query);
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        if (startItem is not null)
        {
            request.Headers.Add("Start-Item", startItem);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static string[] Ids(JsonElement body) =>
        body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray();
}
