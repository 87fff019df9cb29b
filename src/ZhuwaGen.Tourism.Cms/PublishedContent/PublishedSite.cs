using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.PublishedContent.Querying;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.PublishedContent;

/// <summary>
/// One published snapshot as views see it: items by key or route, roots, typed queries. Everything reads the
/// snapshot (and the media map and search index), never the database; hold one per request so a page sees one
/// consistent generation.
/// </summary>
public sealed class PublishedSite
{
    private readonly PublishedQueryEngine? _queries;

    public PublishedSite(PublishedSnapshot snapshot, ContentSchema schema, IPublishedMediaSource media, PublishedQueryEngine? queries = null)
    {
        Snapshot = snapshot;
        Schema = schema;
        Media = media;
        _queries = queries;
    }

    public PublishedSnapshot Snapshot { get; }

    public ContentSchema Schema { get; }

    public IPublishedMediaSource Media { get; }

    public IReadOnlyList<PublishedItem> Roots => Snapshot.Roots.Select(Wrap).ToList();

    public PublishedItem? ByKey(Guid key) => Snapshot.ByKey(key) is { } document ? Wrap(document) : null;

    /// <summary>The item at a route ("/", "/sangjiu-baga/") in a culture, under a start item (default: the first root).</summary>
    public PublishedItem? ByRoute(string route, string culture, Guid? startItem = null) =>
        Snapshot.ByRoute(route, culture, startItem) is { } document ? Wrap(document) : null;

    /// <summary>Runs a typed query in <paramref name="culture"/>: its page of items and the total of matches.</summary>
    public PublishedPage Query(PublishedQuery query, string culture)
    {
        var engine = _queries ?? throw new InvalidOperationException("This site was built without a query engine.");
        var result = engine.Execute(Snapshot, query, culture);
        return new PublishedPage(result.Total, result.Items.Select(Wrap).ToList());
    }

    internal PublishedItem Wrap(PublishedDocument document) => new(this, document);
}

/// <summary>One page of a typed query, as items.</summary>
public sealed record PublishedPage(long Total, IReadOnlyList<PublishedItem> Items);
