using ZhuwaGen.Tourism.Cms.Delivery.Querying;
using static ZhuwaGen.Tourism.Tests.Delivery.Querying.QuerySite;

namespace ZhuwaGen.Tourism.Tests.Delivery.Querying;

public sealed class SortTests : IDisposable
{
    private readonly QuerySite _site = new();

    [Fact]
    public void Without_sort_the_order_is_tree_order() =>
        Assert.Equal([Route, .. Stops, Events, .. EventKeys], _site.Keys("descendants:/", filters: ["contentType:route,routeStop,eventList,event"]));

    [Fact]
    public void Sort_order_sorts_among_siblings_both_ways()
    {
        Assert.Equal(Stops, _site.Keys("children:/sangjiu-baga/", sorts: ["sortOrder:asc"]));
        Assert.Equal(Stops.Reverse(), _site.Keys("children:/sangjiu-baga/", sorts: ["sortOrder:desc"]));
    }

    [Fact]
    public void Name_sorts_by_the_name_shown_in_the_request_culture_ignoring_case()
    {
        Assert.Equal([Stops[0], Stops[4], Stops[2], Stops[1], Stops[3]], _site.Keys("children:/sangjiu-baga/", sorts: ["name:asc"], culture: "en"));
        Assert.Equal([Stops[3], Stops[1], Stops[2], Stops[4], Stops[0]], _site.Keys("children:/sangjiu-baga/", sorts: ["name:desc"], culture: "en"));
    }

    [Fact]
    public void Dates_sort_by_create_and_update_date()
    {
        Assert.Equal(Stops.Reverse(), _site.Keys("children:/sangjiu-baga/", sorts: ["createDate:desc"]));
        Assert.Equal(Stops.Reverse(), _site.Keys("children:/sangjiu-baga/", sorts: ["updateDate:asc"]));
    }

    [Fact]
    public void Several_sorts_apply_in_priority_order()
    {
        var keys = _site.Keys("descendants:/", filters: ["contentType:route,routeStop,eventList"], sorts: ["level:asc", "createDate:desc"]);

        Assert.Equal([Events, Route, .. Stops.Reverse()], keys);
    }

    [Theory]
    [InlineData("sortOrder:ASC")]
    [InlineData("SORTORDER:ascending")]
    public void Asc_or_ascending_in_any_case_is_ascending(string sort) =>
        Assert.Equal(Stops, _site.Keys("children:/sangjiu-baga/", sorts: [sort]));

    [Theory]
    [InlineData("sortOrder:desc")]
    [InlineData("sortOrder:DESCENDING")]
    [InlineData("sortOrder: desc ")]
    public void Desc_or_descending_is_descending(string sort) =>
        Assert.Equal(Stops.Reverse(), _site.Keys("children:/sangjiu-baga/", sorts: [sort]));

    // Umbraco reads any direction not starting with "asc" as descending; a typo is more likely than a wish for that.
    [Theory]
    [InlineData("sortOrder:down", "down")]
    [InlineData("sortOrder:", "")]
    [InlineData("name:sideways", "sideways")]
    [InlineData("sortOrder:ascii", "ascii")]
    public void Any_other_direction_is_an_invalid_sort_direction_naming_it(string sort, string direction)
    {
        var result = _site.Query(sorts: [sort]);

        Assert.Equal(ContentQueryStatus.InvalidSortDirection, result.Status);
        Assert.Contains($"'{direction}'", result.Detail);
    }

    [Theory]
    [InlineData("title:asc")]
    [InlineData("sortOrder")]
    [InlineData("path:asc")]
    [InlineData(":asc")]
    [InlineData("body:asc")]
    public void An_unknown_sort_is_sort_option_not_found(string sort) =>
        Assert.Equal(ContentQueryStatus.SortOptionNotFound, _site.Query(sorts: ["name:asc", sort]).Status);

    [Fact]
    public void A_bad_fetch_is_reported_before_a_bad_filter_and_a_bad_filter_before_a_bad_sort()
    {
        Assert.Equal(ContentQueryStatus.SelectorOptionNotFound, _site.Query("x:y", ["x:y"], ["x:asc"]).Status);
        Assert.Equal(ContentQueryStatus.FilterOptionNotFound, _site.Query(null, ["x:y"], ["x:asc"]).Status);
    }

    public void Dispose() => _site.Dispose();
}
