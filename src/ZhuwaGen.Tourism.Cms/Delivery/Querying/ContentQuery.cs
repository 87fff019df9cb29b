using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>The query string of <c>GET /content</c>: one fetch, filters (ANDed), sorts (in priority order), paging.</summary>
public sealed record ContentQuery(string? Fetch, IReadOnlyList<string> Filters, IReadOnlyList<string> Sorts, int Skip, int Take)
{
    public const int DefaultTake = 10;
}

/// <summary>
/// Umbraco's ApiContentQueryOperationStatus, plus the strict-input answers Umbraco does not have: negative or
/// non-numeric paging, a filter value its field cannot read, a sort direction other than asc or desc.
/// </summary>
public enum ContentQueryStatus
{
    Success,
    SelectorOptionNotFound,
    FilterOptionNotFound,
    SortOptionNotFound,
    InvalidPaging,
    InvalidFilterValue,
    InvalidSortDirection,

    /// <summary>A text filter arrived while the search index is still being built after start-up (503).</summary>
    SearchIndexNotReady,
}

/// <summary>One page of a query: <see cref="Total"/> counts every match, <see cref="Items"/> the page; <see cref="Detail"/> names what failed.</summary>
public sealed record ContentQueryResult(ContentQueryStatus Status, long Total, IReadOnlyList<PublishedDocument> Items, string? Detail = null)
{
    public static ContentQueryResult Failed(ContentQueryStatus status, string? detail = null) => new(status, 0, [], detail);
}
