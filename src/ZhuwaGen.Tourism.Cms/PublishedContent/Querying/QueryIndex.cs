using System.Collections.Concurrent;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

/// <summary>A custom field's value on one item, with the kind its editor gives it there.</summary>
internal sealed record FieldValue(FieldKind Kind, object Value);

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
    private readonly FieldValueCache _values;
    private readonly ConcurrentDictionary<string, HashSet<Guid>> _routable = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(string Field, string Culture), Dictionary<Guid, int>> _ranks = new();

    public QueryIndex(PublishedSnapshot snapshot, ContentSchema schema, FieldValueCache values)
    {
        Snapshot = snapshot;
        Schema = schema;
        _values = values;
        Fields = values.Fields;
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

    /// <summary>
    /// The values of one custom field as items show them in <paramref name="culture"/> (null where an item lacks it),
    /// each read on first use and kept with the item (<see cref="FieldValueCache"/>), so an item a publish did not
    /// touch is not read again in the next snapshot.
    /// </summary>
    public Func<PublishedDocument, FieldValue?> ValuesOf(string alias, string culture)
    {
        var key = (alias.ToLowerInvariant(), culture);
        return document => _values.Get(Snapshot, document, key);
    }

    /// <summary>The (field, culture) pairs sorted by in this snapshot, to prepare in the next one.</summary>
    public IEnumerable<(string Field, string Culture)> SortedBy => _ranks.Keys;

    /// <summary>The cultures queried in this snapshot.</summary>
    public IEnumerable<string> QueriedCultures => _routable.Keys;

    /// <summary>The items that have a route in <paramref name="culture"/>; the set is made once per culture.</summary>
    public IReadOnlySet<Guid> RoutableIn(string culture) =>
        _routable.GetOrAdd(culture, c => [.. _order.Where(d => Snapshot.RouteOf(d.Key, c) is not null).Select(d => d.Key)]);

    /// <summary>
    /// The rank of every item by a sort key (equal values share a rank; items without a value have none), made once
    /// per (field, culture) for the snapshot, so a sort compares integers instead of values.
    /// </summary>
    public IReadOnlyDictionary<Guid, int> Ranks(string field, string culture, Func<PublishedDocument, object?> key) =>
        _ranks.GetOrAdd((field.ToLowerInvariant(), culture), _ =>
        {
            var valued = _order.Select(d => (d.Key, Value: key(d))).Where(v => v.Value is not null).ToList();
            valued.Sort((a, b) => CompareValues(a.Value!, b.Value!));
            var ranks = new Dictionary<Guid, int>(valued.Count);
            for (int i = 0, rank = 0; i < valued.Count; i++)
            {
                if (i > 0 && CompareValues(valued[i - 1].Value!, valued[i].Value!) != 0)
                {
                    rank = i;
                }

                ranks[valued[i].Key] = rank;
            }

            return ranks;
        });

    /// <summary>Values of one kind by their order; values of different kinds (one alias, two editors) by kind name.</summary>
    internal static int CompareValues(object left, object right) =>
        left.GetType() == right.GetType()
            ? FieldValues.Compare(left, right)
            : string.CompareOrdinal(left.GetType().Name, right.GetType().Name);

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
