namespace ZhuwaGen.Tourism.Cms.Media.Delivery;

/// <summary>The outcomes of a media query, with the names of Umbraco's ApiMediaQueryOperationStatus.</summary>
public enum MediaQueryStatus
{
    Success,
    SelectorOptionNotFound,
    FilterOptionNotFound,
    SortOptionNotFound,
}

/// <summary>
/// The media query grammar of the Delivery API: <c>fetch=children:{id|path}</c> (required; <c>children:/</c> is the
/// root; an unknown parent gives no items), <c>filter=mediaType:alias</c> and <c>filter=name:text</c> (contains),
/// <c>sort=createDate|name|sortOrder|updateDate:asc|desc</c>.
/// </summary>
public static class MediaDeliveryQuery
{
    private const string Children = "children:";
    private const string MediaTypeFilter = "mediaType:";
    private const string NameFilter = "name:";

    public static (MediaQueryStatus Status, IReadOnlyList<PublishedMedia> Items) Run(
        MediaSnapshot snapshot, string? fetch, IReadOnlyList<string> filters, IReadOnlyList<string> sorts)
    {
        if (fetch is null || !fetch.StartsWith(Children, StringComparison.OrdinalIgnoreCase))
        {
            return (MediaQueryStatus.SelectorOptionNotFound, []);
        }

        IEnumerable<PublishedMedia> items = Select(snapshot, fetch[Children.Length..]);
        foreach (var filter in filters)
        {
            if (filter.StartsWith(MediaTypeFilter, StringComparison.OrdinalIgnoreCase))
            {
                var alias = filter[MediaTypeFilter.Length..];
                items = items.Where(m => string.Equals(m.MediaTypeAlias, alias, StringComparison.OrdinalIgnoreCase));
            }
            else if (filter.StartsWith(NameFilter, StringComparison.OrdinalIgnoreCase))
            {
                var text = filter[NameFilter.Length..];
                items = items.Where(m => m.Name.Contains(text, StringComparison.OrdinalIgnoreCase));
            }
            else
            {
                return (MediaQueryStatus.FilterOptionNotFound, []);
            }
        }

        IOrderedEnumerable<PublishedMedia>? ordered = null;
        foreach (var sort in sorts)
        {
            var parts = sort.Split(':');
            Func<PublishedMedia, IComparable>? key = parts.Length != 2 ? null : parts[0].ToLowerInvariant() switch
            {
                "createdate" => m => m.CreateDate,
                "updatedate" => m => m.UpdateDate,
                "name" => m => m.Name.ToLowerInvariant(),
                "sortorder" => m => snapshot.SortOrderOf(m),
                _ => null,
            };
            if (key is null)
            {
                return (MediaQueryStatus.SortOptionNotFound, []);
            }

            var descending = string.Equals(parts[1], "desc", StringComparison.OrdinalIgnoreCase);
            ordered = (ordered, descending) switch
            {
                (null, false) => items.OrderBy(key),
                (null, true) => items.OrderByDescending(key),
                (_, false) => ordered.ThenBy(key),
                _ => ordered.ThenByDescending(key),
            };
        }

        return (MediaQueryStatus.Success, (ordered ?? items).ToList());
    }

    private static IReadOnlyList<PublishedMedia> Select(MediaSnapshot snapshot, string parent)
    {
        if (parent.Trim('/').Length == 0)
        {
            return snapshot.ChildrenOf(null);
        }

        var item = Guid.TryParse(parent, out var key) ? snapshot.Get(key) : snapshot.ByPath(parent);
        return item is null ? [] : snapshot.ChildrenOf(item.Key);
    }
}
