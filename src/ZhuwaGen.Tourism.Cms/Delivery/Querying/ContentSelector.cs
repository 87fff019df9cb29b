using ZhuwaGen.Tourism.Cms.PublishedContent.Querying;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>
/// The <c>fetch</c> selector as the starting set of a <see cref="PublishedQuery"/>: <c>ancestors:</c>,
/// <c>children:</c> or <c>descendants:</c> (prefix in any case) and a key or a route path resolved in the request
/// culture under the start item. An unknown prefix is null (400 "Selector option not found"); a target that resolves
/// to nothing selects nothing (200, empty). Without fetch, everything is selected, or, with a start item, its
/// descendants (as Umbraco does).
/// </summary>
internal static class ContentSelector
{
    public static PublishedQuery? Parse(string? fetch, PublishedSnapshot snapshot, string culture, Guid? startItem)
    {
        if (string.IsNullOrWhiteSpace(fetch))
        {
            return startItem is { } start ? PublishedQuery.DescendantsOf(start) : PublishedQuery.Everything;
        }

        var colon = fetch.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }

        Func<Guid, PublishedQuery>? select = fetch[..colon].ToLowerInvariant() switch
        {
            "ancestors" => PublishedQuery.AncestorsOf,
            "children" => PublishedQuery.ChildrenOf,
            "descendants" => PublishedQuery.DescendantsOf,
            _ => null,
        };

        return select is null ? null
            : Resolve(fetch[(colon + 1)..], snapshot, culture, startItem) is { } key ? select(key)
            : PublishedQuery.Nothing;
    }

    private static Guid? Resolve(string target, PublishedSnapshot snapshot, string culture, Guid? startItem)
    {
        if (Guid.TryParse(target, out var key))
        {
            return snapshot.ByKey(key)?.Key;
        }

        return target.Length == 0 ? null : snapshot.ByRoute(target, culture, startItem)?.Key;
    }
}
