using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>
/// What every query over one snapshot needs, computed once per snapshot: the items in tree order (depth first,
/// siblings by sort order, as the snapshot orders children), where each subtree ends (so descendants are a slice),
/// which items may be exposed at all (DisallowedContentTypeAliases) and the queryable custom fields.
/// </summary>
internal sealed class QueryIndex
{
    private readonly Dictionary<Guid, int> _position = [];
    private readonly List<PublishedDocument> _order = [];
    private readonly List<int> _subtreeEnd = [];
    private readonly HashSet<string> _disallowed;

    public QueryIndex(PublishedSnapshot snapshot, ContentSchema schema, IEnumerable<string> disallowedContentTypeAliases)
    {
        Snapshot = snapshot;
        Schema = schema;
        Fields = new QueryFields(schema);
        _disallowed = new HashSet<string>(disallowedContentTypeAliases, StringComparer.OrdinalIgnoreCase);
        foreach (var root in snapshot.Roots)
        {
            Visit(root);
        }
    }

    public PublishedSnapshot Snapshot { get; }

    public ContentSchema Schema { get; }

    public QueryFields Fields { get; }

    /// <summary>Every item reachable from a root, in tree order.</summary>
    public IReadOnlyList<PublishedDocument> All => _order;

    public bool IsAllowed(PublishedDocument document) => !_disallowed.Contains(document.ContentTypeAlias);

    /// <summary>The item's place in tree order; the default order of every answer.</summary>
    public int Position(PublishedDocument document) => _position.GetValueOrDefault(document.Key, int.MaxValue);

    public IEnumerable<PublishedDocument> Descendants(Guid key)
    {
        if (!_position.TryGetValue(key, out var at))
        {
            yield break;
        }

        for (var i = at + 1; i < _subtreeEnd[at]; i++)
        {
            yield return _order[i];
        }
    }

    public IEnumerable<PublishedDocument> Ancestors(Guid key)
    {
        var current = Snapshot.ByKey(key);
        while (current?.ParentKey is { } parent && Snapshot.ByKey(parent) is { } ancestor)
        {
            yield return ancestor;
            current = ancestor;
        }
    }

    private void Visit(PublishedDocument document)
    {
        if (!_position.TryAdd(document.Key, _order.Count))
        {
            return;
        }

        var at = _order.Count;
        _order.Add(document);
        _subtreeEnd.Add(0);
        foreach (var child in Snapshot.Children(document.Key))
        {
            Visit(child);
        }

        _subtreeEnd[at] = _order.Count;
    }
}
