using ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>A sort of the grammar read as a typed sort, or why it cannot be.</summary>
internal sealed record ParsedSort(QuerySort? Sort, ContentQueryStatus Status, string? Detail = null);

/// <summary>
/// Reads one <c>sort</c> value (<c>field:asc|desc</c>) as a <see cref="QuerySort"/>. Fields: Umbraco's
/// <c>createDate</c>, <c>updateDate</c>, <c>level</c>, <c>name</c>, <c>sortOrder</c>, and sortable custom fields;
/// any other is "Sort option not found". Strict: the direction must be asc or desc (or ascending, descending), where
/// Umbraco reads anything not starting with "asc" as descending.
/// </summary>
internal static class ContentSorts
{
    public static ParsedSort Parse(string sort, QueryFields fields)
    {
        var colon = sort.IndexOf(':');
        if (colon <= 0)
        {
            return new ParsedSort(null, ContentQueryStatus.SortOptionNotFound);
        }

        var field = sort[..colon];
        if (!QuerySort.BuiltIn.Contains(field) && !fields.CanSort(field))
        {
            return new ParsedSort(null, ContentQueryStatus.SortOptionNotFound);
        }

        var direction = sort[(colon + 1)..].Trim().ToLowerInvariant();
        return direction switch
        {
            "asc" or "ascending" => new ParsedSort(new QuerySort(field), ContentQueryStatus.Success),
            "desc" or "descending" => new ParsedSort(new QuerySort(field, Descending: true), ContentQueryStatus.Success),
            _ => new ParsedSort(null, ContentQueryStatus.InvalidSortDirection,
                $"The direction '{sort[(colon + 1)..]}' of sort '{sort}' is not valid: use asc or desc."),
        };
    }
}
