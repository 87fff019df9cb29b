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

    public void Dispose() => _site.Dispose();
}
