using ZhuwaGen.Tourism.Cms.PublishedContent.Querying;
using static ZhuwaGen.Tourism.Tests.PublishedContent.PublishedTestSite;

namespace ZhuwaGen.Tourism.Tests.PublishedContent;

/// <summary>The typed query the Delivery grammar and site controllers share, over a snapshot built from builders.</summary>
public sealed class PublishedQueryTests : IDisposable
{
    private readonly PublishedTestSite _site = new();

    private Guid[] Keys(PublishedQuery query, string culture = "zh-Hans") =>
        [.. _site.Published.Query(query, culture).Items.Select(i => i.Key)];

    [Fact]
    public void Children_of_a_type_sorted_by_a_custom_field() =>
        Assert.Equal(Stops.Reverse(), Keys(PublishedQuery.ChildrenOf(Route).OfType("routeStop").OrderBy("orderOnRoute")));

    [Fact]
    public void Ranges_on_numbers_and_dates_take_typed_operands()
    {
        Assert.Equal([Stops[0], Stops[1]], Keys(PublishedQuery.Everything.Between("orderOnRoute", 9, 10)));
        Assert.Equal([Stops[1], Stops[2]], Keys(PublishedQuery.Everything.Where("opensAt", FilterOperator.GreaterThan, new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero))));
        Assert.Equal([Stops[2]], Keys(PublishedQuery.Everything.Where("latitude", FilterOperator.GreaterThanOrEqual, 30.5)));
        Assert.Equal([Stops[1]], Keys(PublishedQuery.Everything.Where("isSample", FilterOperator.Is, true)));
        Assert.Equal([Stops[2]], Keys(PublishedQuery.Everything.Where("activities", FilterOperator.Is, new[] { "tag2" })));
    }

    [Fact]
    public void An_operand_of_the_wrong_type_matches_nothing() =>
        Assert.Empty(Keys(PublishedQuery.Everything.Where("orderOnRoute", FilterOperator.GreaterThan, true)));

    [Fact]
    public void Ancestors_descendants_names_and_paging()
    {
        Assert.Equal([Site, Route], Keys(PublishedQuery.AncestorsOf(Stops[0])));
        Assert.Equal([Route, .. Stops], Keys(PublishedQuery.DescendantsOf(Site)));
        Assert.Equal([Stops[1]], Keys(PublishedQuery.DescendantsOf(Site).NameContains("stop 2"), "en"));

        var page = _site.Published.Query(PublishedQuery.ChildrenOf(Route).OrderByDescending("name").Page(1, 1), "zh-Hans");
        Assert.Equal(3, page.Total);
        Assert.Equal([Stops[1]], page.Items.Select(i => i.Key));
    }

    [Fact]
    public void Items_not_routable_in_the_culture_or_excluded_are_left_out()
    {
        Assert.Equal(3, Keys(PublishedQuery.ChildrenOf(Route), "en").Length);
        Assert.Empty(Keys(PublishedQuery.ChildrenOf(Route).Excluding(["routeStop"])));
        Assert.Empty(Keys(PublishedQuery.Nothing));
    }

    [Fact]
    public void Text_search_goes_through_the_search_index() =>
        Assert.Equal([Stops[0]], Keys(PublishedQuery.Everything.Search("English summary"), "en"));

    public void Dispose() => _site.Dispose();
}
