using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>The query string of <c>GET /content</c>: one fetch, filters (ANDed), sorts (in priority order), paging.</summary>
public sealed record ContentQuery(string? Fetch, IReadOnlyList<string> Filters, IReadOnlyList<string> Sorts, int Skip, int Take)
{
    public const int DefaultTake = 10;
}

/// <summary>Umbraco's ApiContentQueryOperationStatus, plus negative paging (Umbraco has no status for it).</summary>
public enum ContentQueryStatus
{
    Success,
    SelectorOptionNotFound,
    FilterOptionNotFound,
    SortOptionNotFound,
    InvalidPaging,
}

/// <summary>One page of a query: <see cref="Total"/> counts every match, <see cref="Items"/> the page.</summary>
public sealed record ContentQueryResult(ContentQueryStatus Status, long Total, IReadOnlyList<PublishedDocument> Items)
{
    public static ContentQueryResult Failed(ContentQueryStatus status) => new(status, 0, []);
}
