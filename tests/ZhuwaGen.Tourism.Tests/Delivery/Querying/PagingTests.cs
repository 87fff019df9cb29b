using ZhuwaGen.Tourism.Cms.Delivery.Querying;
using static ZhuwaGen.Tourism.Tests.Delivery.Querying.QuerySite;

namespace ZhuwaGen.Tourism.Tests.Delivery.Querying;

public sealed class PagingTests : IDisposable
{
    private readonly QuerySite _site = new();

    [Fact]
    public void Skip_and_take_page_through_the_ordered_matches_and_total_counts_them_all()
    {
        var page = _site.Query("children:/sangjiu-baga/", skip: 1, take: 2);

        Assert.Equal(5, page.Total);
        Assert.Equal([Stops[1], Stops[2]], page.Items.Select(d => d.Key));
    }

    [Fact]
    public void Take_zero_returns_only_the_total()
    {
        var page = _site.Query("children:/sangjiu-baga/", take: 0);

        Assert.Equal(5, page.Total);
        Assert.Empty(page.Items);
    }

    [Fact]
    public void A_huge_take_or_skip_is_accepted()
    {
        Assert.Equal(17, _site.Query(take: int.MaxValue).Items.Count);
        Assert.Empty(_site.Query(skip: int.MaxValue, take: int.MaxValue).Items);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(0, -1)]
    public void Negative_paging_is_invalid(int skip, int take) =>
        Assert.Equal(ContentQueryStatus.InvalidPaging, _site.Query(skip: skip, take: take).Status);

    [Fact]
    public void The_tree_index_is_built_once_per_snapshot()
    {
        var first = _site.Engine.Published.IndexFor(_site.Snapshot);
        _site.Query("children:/sangjiu-baga/", ["name:x"], ["name:asc"]);
        var again = _site.Engine.Published.IndexFor(_site.Snapshot);
        var next = _site.Snapshot.With([], [Stops[0]]);

        Assert.Same(first, again);
        Assert.NotSame(first, _site.Engine.Published.IndexFor(next));
        Assert.Equal(4, _site.Engine.Execute(next, new ContentQuery("children:/sangjiu-baga/", [], [], 0, 10), "zh-Hans", null).Total);
    }

    [Theory]
    [InlineData("")]
    [InlineData("name:asc")]
    [InlineData("orderOnRoute:desc,name:desc")]
    [InlineData("isSample:asc,sortOrder:desc")]
    public void A_short_page_agrees_with_the_full_order(string sortList)
    {
        var sorts = sortList.Split(',', StringSplitOptions.RemoveEmptyEntries);
        // A page much shorter than the matches is chosen with a bounded heap, not a full sort: same items, same order.
        var full = _site.Query(sorts: sorts, take: 100).Items.Select(d => d.Key).ToList();
        Assert.Equal(17, full.Count);

        foreach (var (skip, take) in new[] { (0, 1), (1, 1), (0, 3), (2, 2), (3, 1), (16, 1) })
        {
            var page = _site.Query(sorts: sorts, skip: skip, take: take);
            Assert.Equal(17, page.Total);
            Assert.Equal(full.Skip(skip).Take(take), page.Items.Select(d => d.Key));
        }
    }

    [Fact]
    public void The_next_snapshot_is_prepared_with_the_sorts_queries_used()
    {
        _site.Query("children:/sangjiu-baga/", sorts: ["orderOnRoute:asc"]);
        var next = _site.Snapshot.With([], [Stops[0]]);

        _site.Engine.Published.Prepare(next);

        var prepared = _site.Engine.Published.IndexFor(next);
        Assert.Contains(("orderonroute", "zh-Hans"), prepared.SortedBy);
        Assert.Contains("zh-Hans", prepared.QueriedCultures);
    }

    public void Dispose() => _site.Dispose();
}
