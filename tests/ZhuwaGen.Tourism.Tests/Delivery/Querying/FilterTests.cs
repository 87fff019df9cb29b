using ZhuwaGen.Tourism.Cms.Delivery.Querying;
using static ZhuwaGen.Tourism.Tests.Delivery.Querying.QuerySite;

namespace ZhuwaGen.Tourism.Tests.Delivery.Querying;

/// <summary>Umbraco's filters: contentType, name, createDate, updateDate; unknown options; AND.</summary>
public sealed class FilterTests : IDisposable
{
    private readonly QuerySite _site = new();

    [Fact]
    public void ContentType_takes_one_alias_a_list_or_a_negation()
    {
        Assert.Equal(Stops, _site.Keys(filters: ["contentType:routeStop"]));
        Assert.Equal([.. Stops, .. EventKeys], _site.Keys(filters: ["contentType:routeStop,event"]));
        Assert.Equal([Site, Route, Events, Notices[0], Notices[1], Settings, OtherSite, OtherRoute], _site.Keys(filters: ["contentType:!routeStop,event"]));
        Assert.DoesNotContain(Stops[0], _site.Keys(filters: ["contentType:!routeStop"]));
        Assert.Empty(_site.Keys(filters: ["contentType:nothing"]));
    }

    [Fact]
    public void Filter_options_and_content_type_aliases_ignore_case() =>
        Assert.Equal(Stops, _site.Keys(filters: ["CONTENTTYPE:ROUTESTOP"]));

    [Fact]
    public void Name_contains_the_value_ignoring_case_in_the_request_culture()
    {
        Assert.Equal([Stops[0]], _site.Keys(filters: ["name:red station"], culture: "en"));
        Assert.Equal([Stops[1]], _site.Keys(filters: ["name:学尼村"]));
        Assert.Empty(_site.Keys(filters: ["name:red station"]));
        Assert.Equal(
            [Stops[1], Stops[3], Stops[4]],
            _site.Keys("children:/sangjiu-baga/", ["name:village"], culture: "en"));
    }

    [Fact]
    public void Name_reads_the_fallback_name_where_the_culture_has_none() =>
        Assert.Equal([EventKeys[1]], _site.Keys(filters: ["name:采摘节"], culture: "en"));

    [Fact]
    public void Name_negation_excludes_the_matches() =>
        Assert.Equal([Stops[0], Stops[2]], _site.Keys("children:/sangjiu-baga/", ["name:!village"], culture: "en"));

    // Items were created one day apart in the order QuerySite adds them: Site 2026-01-01, Route 01-02, stops 01-03…01-07.
    [Theory]
    [InlineData("createDate>2026-01-05", new[] { 3, 4 })]
    [InlineData("createDate>:2026-01-05", new[] { 2, 3, 4 })]
    [InlineData("createDate<2026-01-05", new[] { 0, 1 })]
    [InlineData("createDate<:2026-01-05", new[] { 0, 1, 2 })]
    [InlineData("createDate:2026-01-05", new[] { 2 })]
    [InlineData("createDate:!2026-01-05", new[] { 0, 1, 3, 4 })]
    [InlineData("createDate>:2026-01-04T12:00:00Z", new[] { 2, 3, 4 })]
    [InlineData("updateDate>2026-04-07", new[] { 0, 1 })]
    [InlineData("updateDate<:2026-04-07", new[] { 2, 3, 4 })]
    public void Date_filters_compare_with_every_operator(string filter, int[] stops) =>
        Assert.Equal(stops.Select(i => Stops[i]), _site.Keys("children:/sangjiu-baga/", [filter]));

    [Fact]
    public void A_date_range_is_two_filters() =>
        Assert.Equal([Stops[1], Stops[2]], _site.Keys(filters: ["createDate>:2026-01-04", "createDate<2026-01-06"]));

    [Theory]
    [InlineData("createDate>not-a-date", "not-a-date")]
    [InlineData("updateDate:", "")]
    [InlineData("createDate<:2026-13-45", "2026-13-45")]
    public void A_malformed_date_is_an_invalid_filter_value_naming_it(string filter, string value)
    {
        var result = _site.Query(filters: [filter]);

        Assert.Equal(ContentQueryStatus.InvalidFilterValue, result.Status);
        Assert.Contains($"'{value}'", result.Detail);
        Assert.Contains($"'{filter}'", result.Detail);
    }

    [Theory]
    [InlineData("colour:red")]
    [InlineData("nameX:foo")]
    [InlineData("contentType>routeStop")]
    [InlineData("name<b")]
    [InlineData("noOperator")]
    [InlineData(":routeStop")]
    [InlineData("text:!picking")]
    [InlineData("isSample>true")]
    [InlineData("activities<:a")]
    [InlineData("roomTypes:x")]
    public void An_unknown_filter_or_an_operator_its_field_lacks_is_filter_option_not_found(string filter) =>
        Assert.Equal(ContentQueryStatus.FilterOptionNotFound, _site.Query(filters: ["contentType:routeStop", filter]).Status);

    [Fact]
    public void Filters_are_anded() =>
        Assert.Equal(
            [Stops[3], Stops[4]],
            _site.Keys(filters: ["contentType:routeStop", "createDate>2026-01-05", "name:village"], culture: "en"));

    public void Dispose() => _site.Dispose();
}
