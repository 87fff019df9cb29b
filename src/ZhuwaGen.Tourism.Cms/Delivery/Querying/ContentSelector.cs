using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>
/// The <c>fetch</c> selector: <c>ancestors:</c>, <c>children:</c> or <c>descendants:</c> (prefix in any case) and a
/// key or a route path resolved in the request culture under the start item. An unknown prefix is null (400
/// "Selector option not found"); a target that resolves to nothing selects nothing (200, empty). Without fetch,
/// everything is selected, or, with a start item, its descendants (as Umbraco does).
/// </summary>
internal static class ContentSelector
{
    public static Func<IEnumerable<PublishedDocument>>? Build(string? fetch, QueryScope scope, Guid? startItem)
    {
        var index = scope.Index;
        if (string.IsNullOrWhiteSpace(fetch))
        {
            return startItem is { } start ? () => index.Descendants(start) : () => index.All;
        }

        var colon = fetch.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }

        var option = fetch[..colon];
        var target = fetch[(colon + 1)..];
        Func<Guid, IEnumerable<PublishedDocument>>? select = option.ToLowerInvariant() switch
        {
            "ancestors" => index.Ancestors,
            "children" => index.Snapshot.Children,
            "descendants" => index.Descendants,
            _ => null,
        };

        return select is null ? null : () => Resolve(target, scope, startItem) is { } key ? select(key) : [];
    }

    private static Guid? Resolve(string target, QueryScope scope, Guid? startItem)
    {
        if (Guid.TryParse(target, out var key))
        {
            return scope.Snapshot.ByKey(key)?.Key;
        }

        return target.Length == 0 ? null : scope.Snapshot.ByRoute(target, scope.Culture, startItem)?.Key;
    }
}
