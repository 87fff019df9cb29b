using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>One <c>sort</c>: the value it orders by and its direction. A null value (an item lacking a custom field) sorts last either way.</summary>
internal sealed record ContentSort(Func<PublishedDocument, object?> Key, bool Descending);

/// <summary>
/// Turns one <c>sort</c> value (<c>field:asc|desc</c>) into a <see cref="ContentSort"/>, or null when no handler knows
/// the field (400 "Sort option not found"). As in Umbraco the direction is ascending when it starts with "asc" and
/// descending otherwise. Fields: Umbraco's <c>createDate</c>, <c>updateDate</c>, <c>level</c>, <c>name</c> (the name
/// shown in the request culture, ignoring case), <c>sortOrder</c> (among siblings); ours: sortable custom fields.
/// </summary>
internal static class ContentSorts
{
    public static ContentSort? Build(string sort, QueryScope scope)
    {
        var colon = sort.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var field = sort[..colon];
        var descending = !sort[(colon + 1)..].TrimStart().StartsWith("asc", StringComparison.OrdinalIgnoreCase);
        Func<PublishedDocument, object?>? key = field.ToLowerInvariant() switch
        {
            "createdate" => d => FieldValues.ToUniversal(d.CreateDate),
            "updatedate" => d => FieldValues.ToUniversal(d.UpdateDate),
            "level" => d => d.Level,
            "name" => d => scope.Name(d),
            "sortorder" => d => d.SortOrder,
            _ when scope.Index.Fields.CanSort(field) => d => scope.KindOf(d, field) is { } kind && kind.IsSortable() ? scope.Field(d, field) : null,
            _ => null,
        };

        return key is null ? null : new ContentSort(key, descending);
    }

    /// <summary>
    /// Orders <paramref name="items"/> by the sorts in priority order, then by relevance (with <c>text:</c>), then in
    /// tree order, so that every answer has one stable order.
    /// </summary>
    public static List<PublishedDocument> Order(IEnumerable<PublishedDocument> items, IReadOnlyList<ContentSort> sorts, QueryScope scope)
    {
        var rows = items.Select(d => (Document: d, Keys: sorts.Select(s => s.Key(d)).ToArray())).ToList();
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

    private static int Compare(object? left, object? right, bool descending) => (left, right) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ when left.GetType() != right.GetType() => string.CompareOrdinal(left.GetType().Name, right.GetType().Name),
        _ => descending ? FieldValues.Compare(right, left) : FieldValues.Compare(left, right),
    };
}
