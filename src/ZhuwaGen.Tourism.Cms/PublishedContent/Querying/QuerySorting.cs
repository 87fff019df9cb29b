using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

/// <summary>
/// Orders matches by the query's sorts in priority order, then by relevance (with a text filter), then in tree order,
/// so that every answer has one stable order. A null key (an item lacking a custom field) sorts last either way.
/// </summary>
internal static class QuerySorting
{
    public static List<PublishedDocument> Order(IEnumerable<PublishedDocument> items, IReadOnlyList<QuerySort> sorts, QueryScope scope)
    {
        var keys = sorts.Select(s => Key(s.Field, scope)).ToArray();
        var rows = items.Select(d => (Document: d, Keys: keys.Select(k => k(d)).ToArray())).ToList();
        var relevance = scope.Relevance;
        rows.Sort((a, b) =>
        {
            for (var i = 0; i < sorts.Count; i++)
            {
                var compared = Compare(a.Keys[i], b.Keys[i], sorts[i].Descending);
                if (compared != 0)
                {
                    return compared;
                }
            }

            if (relevance is not null)
            {
                var byRelevance = relevance.GetValueOrDefault(b.Document.Key).CompareTo(relevance.GetValueOrDefault(a.Document.Key));
                if (byRelevance != 0)
                {
                    return byRelevance;
                }
            }

            return scope.Index.Position(a.Document).CompareTo(scope.Index.Position(b.Document));
        });
        return rows.ConvertAll(r => r.Document);
    }

    /// <summary>The value a sort field orders by; an unknown or unsortable custom field is null for every item.</summary>
    private static Func<PublishedDocument, object?> Key(string field, QueryScope scope) => field.ToLowerInvariant() switch
    {
        "createdate" => d => FieldValues.ToUniversal(d.CreateDate),
        "updatedate" => d => FieldValues.ToUniversal(d.UpdateDate),
        "level" => d => d.Level,
        "name" => d => scope.Name(d),
        "sortorder" => d => d.SortOrder,
        _ => d => scope.KindOf(d, field) is { } kind && kind.IsSortable() ? scope.Field(d, field) : null,
    };

    private static int Compare(object? left, object? right, bool descending) => (left, right) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ when left.GetType() != right.GetType() => string.CompareOrdinal(left.GetType().Name, right.GetType().Name),
        _ => descending ? FieldValues.Compare(right, left) : FieldValues.Compare(left, right),
    };
}
