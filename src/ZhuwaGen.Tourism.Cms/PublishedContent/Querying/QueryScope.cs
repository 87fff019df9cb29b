using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Search;

namespace ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

/// <summary>One query's view: the per-snapshot index, the culture, the excluded types and the relevance of text matches.</summary>
internal sealed class QueryScope(QueryIndex index, SearchIndex search, string culture, IReadOnlyCollection<string> excluded)
{
    private readonly HashSet<string> _excluded = new(excluded, StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlySet<Guid> _routable = index.RoutableIn(culture);

    public QueryIndex Index => index;

    public PublishedSnapshot Snapshot => index.Snapshot;

    public string Culture => culture;

    /// <summary>Summed relevance per item of every text filter; null when the query has none.</summary>
    public Dictionary<Guid, float>? Relevance { get; private set; }

    /// <summary>The culture the item is shown in for this query (itself or a fallback).</summary>
    public string? Shown(PublishedDocument document) => Snapshot.ResolveCulture(document, culture);

    public string Name(PublishedDocument document) => Shown(document) is { } shown ? document.Cultures[shown].Name : string.Empty;

    /// <summary>Whether the item can be returned in this culture: not an excluded type, and routable here.</summary>
    public bool IsVisible(PublishedDocument document) =>
        _routable.Contains(document.Key) && (_excluded.Count == 0 || !_excluded.Contains(document.ContentTypeAlias));

    public IReadOnlyDictionary<Guid, float> Search(string text)
    {
        var hits = search.Search(text, culture);
        Relevance ??= [];
        foreach (var (key, score) in hits)
        {
            Relevance[key] = Relevance.GetValueOrDefault(key) + score;
        }

        return hits;
    }

    /// <summary>The values of a custom field, read with each item's own editor (null when the item lacks it), cached per snapshot.</summary>
    public Func<PublishedDocument, FieldValue?> Field(string alias) => index.ValuesOf(alias, culture);
}
