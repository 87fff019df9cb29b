namespace ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

/// <summary>Which items a query starts from, before its filters.</summary>
public enum QueryAxis
{
    /// <summary>Every item reachable from a root (or, with a target, the target's descendants).</summary>
    All,
    Children,
    Descendants,
    Ancestors,

    /// <summary>No item at all: a selector whose target does not exist.</summary>
    None,
}

/// <summary>
/// A typed query over the published snapshot: a starting set (children, descendants or ancestors of an item), filters
/// by type, name, dates, custom fields and text, sorts, and a page. Immutable; each method returns a new query. Both
/// the Delivery API's <c>fetch</c>/<c>filter</c>/<c>sort</c> grammar and the site's controllers build one of these
/// and run it with <see cref="PublishedQueryEngine"/>. Without sorts, items come in tree order (with a text filter,
/// by relevance first).
/// </summary>
public sealed record PublishedQuery
{
    public QueryAxis Axis { get; init; } = QueryAxis.All;

    public Guid? Target { get; init; }

    public IReadOnlyList<QueryFilter> Filters { get; init; } = [];

    public IReadOnlyList<QuerySort> Sorts { get; init; } = [];

    /// <summary>Types never returned (the Delivery API's DisallowedContentTypeAliases).</summary>
    public IReadOnlyCollection<string> ExcludedContentTypes { get; init; } = [];

    public int Skip { get; init; }

    public int Take { get; init; } = int.MaxValue;

    public static PublishedQuery Everything { get; } = new();

    public static PublishedQuery Nothing { get; } = new() { Axis = QueryAxis.None };

    public static PublishedQuery ChildrenOf(Guid key) => new() { Axis = QueryAxis.Children, Target = key };

    public static PublishedQuery DescendantsOf(Guid key) => new() { Axis = QueryAxis.Descendants, Target = key };

    public static PublishedQuery AncestorsOf(Guid key) => new() { Axis = QueryAxis.Ancestors, Target = key };

    public PublishedQuery Where(QueryFilter filter) => this with { Filters = [.. Filters, filter] };

    public PublishedQuery OfType(params string[] contentTypeAliases) => Where(new ContentTypeFilter(contentTypeAliases));

    /// <summary>A custom property compared with a typed operand, e.g. <c>Where("capacity", FilterOperator.GreaterThan, 20)</c>.</summary>
    public PublishedQuery Where(string alias, FilterOperator op, object operand) => Where(new FieldFilter(alias, op, operand));

    /// <summary>A closed range on a custom property: <paramref name="from"/> ≤ value ≤ <paramref name="to"/>.</summary>
    public PublishedQuery Between(string alias, object from, object to) =>
        Where(alias, FilterOperator.GreaterThanOrEqual, from).Where(alias, FilterOperator.LessThanOrEqual, to);

    public PublishedQuery NameContains(string text) => Where(new NameFilter(text));

    public PublishedQuery Search(string text) => Where(new TextFilter(text));

    public PublishedQuery OrderBy(string field) => this with { Sorts = [.. Sorts, new QuerySort(field)] };

    public PublishedQuery OrderByDescending(string field) => this with { Sorts = [.. Sorts, new QuerySort(field, Descending: true)] };

    public PublishedQuery Page(int skip, int take) => this with { Skip = skip, Take = take };

    public PublishedQuery Excluding(IEnumerable<string> contentTypeAliases) =>
        this with { ExcludedContentTypes = [.. ExcludedContentTypes, .. contentTypeAliases] };
}

/// <summary>One page of a query: <see cref="Total"/> counts every match, <see cref="Items"/> the page.</summary>
public sealed record PublishedQueryResult(long Total, IReadOnlyList<Publishing.PublishedDocument> Items);
