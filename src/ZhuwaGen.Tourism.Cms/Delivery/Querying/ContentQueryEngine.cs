using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Cms.Search;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>
/// Runs a Delivery API content query over a published snapshot: select (fetch), keep what the request culture can
/// show and the API may expose, filter, order, page. Pure over its inputs: the endpoint resolves culture and start
/// item and renders the items. The tree-order index is built once per snapshot and schema, never per request.
/// </summary>
public sealed class ContentQueryEngine(SchemaRegistry schemas, SearchIndex search, IOptions<DeliveryApiOptions> options)
{
    private QueryIndex? _index;

    public ContentQueryResult Execute(PublishedSnapshot snapshot, ContentQuery query, string culture, Guid? startItem)
    {
        if (query.Skip < 0 || query.Take < 0)
        {
            return ContentQueryResult.Failed(ContentQueryStatus.InvalidPaging);
        }

        var scope = new QueryScope(IndexFor(snapshot), search, CultureOf(snapshot, culture));
        var select = ContentSelector.Build(query.Fetch, scope, startItem);
        if (select is null)
        {
            return ContentQueryResult.Failed(ContentQueryStatus.SelectorOptionNotFound);
        }

        var filters = new List<Func<PublishedDocument, bool>>(query.Filters.Count);
        foreach (var filter in query.Filters)
        {
            if (ContentFilters.Build(filter, scope) is not { } predicate)
            {
                return ContentQueryResult.Failed(ContentQueryStatus.FilterOptionNotFound);
            }

            filters.Add(predicate);
        }

        var sorts = new List<ContentSort>(query.Sorts.Count);
        foreach (var sort in query.Sorts)
        {
            if (ContentSorts.Build(sort, scope) is not { } built)
            {
                return ContentQueryResult.Failed(ContentQueryStatus.SortOptionNotFound);
            }

            sorts.Add(built);
        }

        var matches = select().Where(d => scope.IsVisible(d) && filters.All(f => f(d)));
        var ordered = ContentSorts.Order(matches, sorts, scope);
        var page = ordered.Skip(query.Skip).Take(query.Take).ToList();
        return new ContentQueryResult(ContentQueryStatus.Success, ordered.Count, page);
    }

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

        index = new QueryIndex(snapshot, schema, options.Value.DisallowedContentTypeAliases);
        Volatile.Write(ref _index, index);
        return index;
    }

    /// <summary>A culture the snapshot does not have is answered in its default culture.</summary>
    private static string CultureOf(PublishedSnapshot snapshot, string culture) =>
        snapshot.Languages.FirstOrDefault(l => string.Equals(l.IsoCode, culture, StringComparison.OrdinalIgnoreCase))?.IsoCode
        ?? snapshot.DefaultCulture;
}
