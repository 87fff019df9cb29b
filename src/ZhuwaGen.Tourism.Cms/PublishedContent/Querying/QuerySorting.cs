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
        var ranks = sorts.Select(s => scope.Index.Ranks(s.Field, scope.Culture, Key(s.Field, scope))).ToArray();
        var rows = items.Select(d => new Row(d, Keys(d, ranks, sorts), scope.Index.Position(d))).ToList();
        var relevance = scope.Relevance;
        rows.Sort((a, b) =>
        {
            for (var i = 0; i < a.Keys.Length; i++)
            {
                var compared = a.Keys[i].CompareTo(b.Keys[i]);
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

            return a.Position.CompareTo(b.Position);
        });
        return rows.ConvertAll(r => r.Document);
    }

    // A rank per sort, negated for descending; an item without a value sorts last either way.
    private static int[] Keys(PublishedDocument document, IReadOnlyDictionary<Guid, int>[] ranks, IReadOnlyList<QuerySort> sorts)
    {
        var keys = new int[ranks.Length];
        for (var i = 0; i < ranks.Length; i++)
        {
            keys[i] = !ranks[i].TryGetValue(document.Key, out var rank) ? int.MaxValue : sorts[i].Descending ? -rank : rank;
        }

        return keys;
    }

    private sealed record Row(PublishedDocument Document, int[] Keys, int Position);

    /// <summary>The value a sort field orders by; an unknown or unsortable custom field is null for every item.</summary>
    private static Func<PublishedDocument, object?> Key(string field, QueryScope scope) => field.ToLowerInvariant() switch
    {
        "createdate" => d => FieldValues.ToUniversal(d.CreateDate),
        "updatedate" => d => FieldValues.ToUniversal(d.UpdateDate),
        "level" => d => d.Level,
        "name" => d => scope.Name(d),
        "sortorder" => d => d.SortOrder,
        _ => Custom(field, scope),
    };

    private static Func<PublishedDocument, object?> Custom(string field, QueryScope scope)
    {
        var values = scope.Field(field);
        return d => values(d) is { } value && value.Kind.IsSortable() ? value.Value : null;
    }
}
