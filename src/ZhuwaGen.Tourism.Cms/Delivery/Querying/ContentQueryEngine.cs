using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.PublishedContent.Querying;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Search;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>
/// The Delivery API's string grammar on top of the typed query: reads <c>fetch</c>, <c>filter</c> and <c>sort</c>
/// into a <see cref="PublishedQuery"/> (refusing, with the status and a detail, whatever it cannot read), excludes
/// the types the API may not expose, and runs it with <see cref="PublishedQueryEngine"/>. Pure over its inputs: the
/// endpoint resolves culture and start item and renders the items.
/// </summary>
public sealed class ContentQueryEngine(PublishedQueryEngine engine, IOptions<DeliveryApiOptions> options)
{
    public PublishedQueryEngine Published => engine;

    public ContentQueryResult Execute(PublishedSnapshot snapshot, ContentQuery query, string culture, Guid? startItem)
    {
        if (query.Skip < 0 || query.Take < 0)
        {
            return ContentQueryResult.Failed(ContentQueryStatus.InvalidPaging);
        }

        var fields = engine.IndexFor(snapshot).Fields;
        var shown = snapshot.Languages.FirstOrDefault(l => string.Equals(l.IsoCode, culture, StringComparison.OrdinalIgnoreCase))?.IsoCode
            ?? snapshot.DefaultCulture;
        if (ContentSelector.Parse(query.Fetch, snapshot, shown, startItem) is not { } typed)
        {
            return ContentQueryResult.Failed(ContentQueryStatus.SelectorOptionNotFound);
        }

        foreach (var filter in query.Filters)
        {
            var parsed = ContentFilters.Parse(filter, fields);
            if (parsed.Filter is null)
            {
                return ContentQueryResult.Failed(parsed.Status, parsed.Detail);
            }

            typed = typed.Where(parsed.Filter);
        }

        foreach (var sort in query.Sorts)
        {
            var parsed = ContentSorts.Parse(sort, fields);
            if (parsed.Sort is null)
            {
                return ContentQueryResult.Failed(parsed.Status, parsed.Detail);
            }

            typed = typed with { Sorts = [.. typed.Sorts, parsed.Sort] };
        }

        typed = typed.Excluding(options.Value.DisallowedContentTypeAliases).Page(query.Skip, query.Take);
        try
        {
            var result = engine.Execute(snapshot, typed, shown);
            return new ContentQueryResult(ContentQueryStatus.Success, result.Total, result.Items);
        }
        catch (SearchIndexNotReadyException)
        {
            return ContentQueryResult.Failed(ContentQueryStatus.SearchIndexNotReady);
        }
    }
}
