using ZhuwaGen.Tourism.Cms.Delivery.Querying;
using static ZhuwaGen.Tourism.Tests.Delivery.Querying.QuerySite;

namespace ZhuwaGen.Tourism.Tests.Delivery.Querying;

/// <summary>
/// Beyond Umbraco: properties declared in umbraco.config filter and sort by their editor. Items lacking the property
/// (another type, or no value) are excluded by every filter on it, negations included, and sort last either way.
/// </summary>
public sealed class CustomFieldTests : IDisposable
{
    private readonly QuerySite _site = new();

    [Fact]
    public void Events_filter_and_sort_by_start_date()
    {
        Assert.Equal(
            [EventKeys[1], EventKeys[2]],
            _site.Keys(filters: ["contentType:event", "startDate>:2027-08-01"], sorts: ["startDate:asc"]));
        Assert.Equal([EventKeys[2], EventKeys[1], EventKeys[0]], _site.Keys(filters: ["startDate<2028-01-01"], sorts: ["startDate:desc"]));
        Assert.Equal([EventKeys[1]], _site.Keys(filters: ["startDate:2027-09-25T10:00:00"]));
    }

    [Fact]
    public void Items_lacking_the_field_are_excluded_by_its_filters_even_negated() =>
        Assert.Equal([EventKeys[0], EventKeys[2]], _site.Keys(filters: ["startDate:!2027-09-25T10:00:00"]));

    [Fact]
    public void Items_lacking_the_field_sort_last_in_both_directions()
    {
        var ascending = _site.Keys("children:/events/", sorts: ["startDate:asc"]);
        var descending = _site.Keys("children:/events/", sorts: ["startDate:desc"]);

        Assert.Equal([EventKeys[0], EventKeys[1], EventKeys[2], EventKeys[3]], ascending);
        Assert.Equal([EventKeys[2], EventKeys[1], EventKeys[0], EventKeys[3]], descending);
        Assert.Equal([.. Stops.Reverse(), Site, Route], _site.Keys(sorts: ["orderOnRoute:asc"])[..7]);
    }

    [Fact]
    public void Integers_filter_by_range_and_sort_numerically()
    {
        Assert.Equal(Stops.Reverse(), _site.Keys("children:/sangjiu-baga/", sorts: ["orderOnRoute:asc"]));
        Assert.Equal([Stops[3], Stops[4]], _site.Keys(filters: ["orderOnRoute<:2"]));
        Assert.Equal([EventKeys[1], EventKeys[2], EventKeys[0]], _site.Keys(filters: ["capacity>50"], sorts: ["capacity:desc"]));
    }

    [Theory]
    [InlineData("capacity>lots", "a number")]
    [InlineData("orderOnRoute>:x", "a number")]
    [InlineData("startDate>:garbage", "a date")]
    [InlineData("isSample:maybe", "true or false")]
    public void A_number_date_or_boolean_operand_that_does_not_parse_is_an_invalid_filter_value(string filter, string expected)
    {
        var result = _site.Query(filters: [filter]);

        Assert.Equal(ContentQueryStatus.InvalidFilterValue, result.Status);
        Assert.Contains(filter, result.Detail);
        Assert.Contains(expected, result.Detail);
    }

    [Fact]
    public void Booleans_filter_by_equality()
    {
        Assert.Equal([Stops[4], .. EventKeys], _site.Keys(filters: ["isSample:true"]));
        Assert.Equal(Stops[..4], _site.Keys(filters: ["isSample:false"]));
        Assert.Equal(Stops[..4], _site.Keys(filters: ["isSample:!true"]));
        Assert.Equal(Stops[..4], _site.Keys(filters: ["isSample:0"]));
    }

    [Fact]
    public void Tags_filter_by_containing_any_of_the_values()
    {
        Assert.Equal([Stops[3], Stops[4]], _site.Keys(filters: ["activities:food-shopping"]));
        Assert.Equal([Stops[1], Stops[3], Stops[4]], _site.Keys(filters: ["activities:FOOD-SHOPPING,sightseeing-picking"]));
        Assert.Equal([Stops[0], Stops[2]], _site.Keys(filters: ["activities:!food-shopping,sightseeing-picking"]));
    }

    [Fact]
    public void Drop_downs_filter_by_the_chosen_value_and_sort_by_it()
    {
        Assert.Equal([Notices[1]], _site.Keys(filters: ["severity:warning"]));
        Assert.Equal([Notices[1], Notices[0]], _site.Keys(sorts: ["severity:desc"])[..2]);
    }

    [Fact]
    public void Text_boxes_filter_by_equality_ignoring_case_in_the_request_culture()
    {
        Assert.Equal([EventKeys[2]], _site.Keys(filters: ["venueName:会场3"]));
        Assert.Equal([EventKeys[2]], _site.Keys(filters: ["venueName:会场3"], culture: "en"));
        Assert.Empty(_site.Keys(filters: ["venueName:会场"]));
    }

    [Fact]
    public void Tags_cannot_be_sorted_by() =>
        Assert.Equal(ContentQueryStatus.SortOptionNotFound, _site.Query(sorts: ["activities:asc"]).Status);

    public void Dispose() => _site.Dispose();
}
