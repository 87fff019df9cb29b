using System.Collections.Concurrent;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

/// <summary>
/// What every query over one snapshot needs, computed once per snapshot: the items in tree order (depth first,
/// siblings by sort order, as the snapshot orders children), where each subtree ends (so descendants are a slice),
/// and the queryable custom fields. Field values are read once per (field, culture) on first use and kept for the
/// snapshot's lifetime, so a repeated filter or sort compares ready values instead of parsing stored JSON again.
/// </summary>
internal sealed class QueryIndex
{
    private readonly Dictionary<Guid, int> _position = [];
    private readonly List<PublishedDocument> _order = [];
    private readonly List<int> _subtreeEnd = [];
    private readonly ConcurrentDictionary<(string Alias, string Culture), ConcurrentDictionary<Guid, object?>> _values = new();

    public QueryIndex(PublishedSnapshot snapshot, ContentSchema schema)
    {
        Snapshot = snapshot;
        Schema = schema;
        Fields = new QueryFields(schema);
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

    /// <summary>The item's place in tree order; the default order of every answer.</summary>
    public int Position(PublishedDocument document) => _position.GetValueOrDefault(document.Key, int.MaxValue);

    /// <summary>The value of a custom field as the item shows it in <paramref name="culture"/>, or null when it lacks it.</summary>
    public object? FieldValue(PublishedDocument document, string alias, string culture)
    {
        if (Fields.KindOf(document.ContentTypeAlias, alias) is not { } kind)
        {
            return null;
        }

        var byKey = _values.GetOrAdd((alias.ToLowerInvariant(), culture), _ => new ConcurrentDictionary<Guid, object?>());
        return byKey.GetOrAdd(document.Key, _ =>
        {
            // The culture the item is shown in, as the page shows it (a culture without a value is no value).
            var shown = Snapshot.ResolveCulture(document, culture);
            return FieldValues.Read(kind, document.Value(alias, shown));
        });
    }

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
