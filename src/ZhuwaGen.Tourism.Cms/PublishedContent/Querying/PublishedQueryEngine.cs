using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Cms.Search;

namespace ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

/// <summary>
/// Runs a <see cref="PublishedQuery"/> over a published snapshot in one culture: select, keep what the culture can
/// show (routable there, not an excluded type), filter, order, page. Reads only the snapshot and the search index,
/// never the database. The tree-order index and field values are built once per snapshot and schema, not per query.
/// </summary>
public sealed class PublishedQueryEngine(SchemaRegistry schemas, SearchIndex search)
{
    private QueryIndex? _index;
    private FieldValueCache? _values;

    public PublishedQueryResult Execute(PublishedSnapshot snapshot, PublishedQuery query, string culture)
    {
        var scope = new QueryScope(IndexFor(snapshot), search, CultureOf(snapshot, culture), query.ExcludedContentTypes);
        var filters = query.Filters.Select(f => QueryFilters.Compile(f, scope)).ToList();
        var matches = Select(query, scope.Index).Where(d => scope.IsVisible(d) && filters.All(f => f(d)));
        var (total, page) = QuerySorting.Page(matches, query.Sorts, scope, Math.Max(0, query.Skip), Math.Max(0, query.Take));
        return new PublishedQueryResult(total, page);
    }

    /// <summary>
    /// Makes the index of <paramref name="snapshot"/> before any request needs it (the change pipeline's query-index
    /// consumer calls this after each swap): the tree order, and the routes and sort ranks the previous snapshot's
    /// queries used, so the first query after a publish does no whole-site work on the request path.
    /// </summary>
    public void Prepare(PublishedSnapshot snapshot)
    {
        var previous = Volatile.Read(ref _index);
        var index = IndexFor(snapshot);
        if (previous is null || ReferenceEquals(previous, index))
        {
            return;
        }

        foreach (var culture in previous.QueriedCultures)
        {
            index.RoutableIn(culture);
        }

        foreach (var (field, culture) in previous.SortedBy)
        {
            QuerySorting.Prepare(field, new QueryScope(index, search, culture, []));
        }
    }

    /// <summary>
    /// An engine for a snapshot that lives for one request (a preview's patched copy): its index is built for that copy
    /// and dropped with it, instead of pushing out the live snapshot's, which the next visitor's query would rebuild.
    /// </summary>
    public PublishedQueryEngine ForOneSnapshot() => new(schemas, search);

    private static IEnumerable<PublishedDocument> Select(PublishedQuery query, QueryIndex index) => (query.Axis, query.Target) switch
    {
        (QueryAxis.All, null) => index.All,
        (QueryAxis.All or QueryAxis.Descendants, { } key) => index.Descendants(key),
        (QueryAxis.Children, { } key) => index.Snapshot.Children(key),
        (QueryAxis.Ancestors, { } key) => index.Ancestors(key),
        _ => [],
    };

    /// <summary>The per-snapshot index, reused while the snapshot (by generation and instance) and the schema stay.</summary>
    internal QueryIndex IndexFor(PublishedSnapshot snapshot)
    {
        var schema = schemas.Current;
        var index = Volatile.Read(ref _index);
        if (index is not null && index.Snapshot.Generation == snapshot.Generation && ReferenceEquals(index.Snapshot, snapshot)
            && ReferenceEquals(index.Schema, schema))
        {
            return index;
        }

        var values = Volatile.Read(ref _values);
        if (values is null || !ReferenceEquals(values.Schema, schema))
        {
            values = new FieldValueCache(schema);
            Volatile.Write(ref _values, values);
        }

        index = new QueryIndex(snapshot, schema, values);
        Volatile.Write(ref _index, index);
        return index;
    }

    /// <summary>A culture the snapshot does not have is answered in its default culture.</summary>
    private static string CultureOf(PublishedSnapshot snapshot, string culture) =>
        snapshot.Languages.FirstOrDefault(l => string.Equals(l.IsoCode, culture, StringComparison.OrdinalIgnoreCase))?.IsoCode
        ?? snapshot.DefaultCulture;
}
