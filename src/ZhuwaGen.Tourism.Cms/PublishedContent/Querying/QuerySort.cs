namespace ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

/// <summary>
/// One sort of a <see cref="PublishedQuery"/>, in priority order: a built-in field (<see cref="BuiltIn"/>) or a custom
/// sortable property by alias. Items lacking the value sort last either way.
/// </summary>
public sealed record QuerySort(string Field, bool Descending = false)
{
    /// <summary>Umbraco's sort fields: createDate, updateDate, level, name (as shown in the culture), sortOrder.</summary>
    public static IReadOnlySet<string> BuiltIn { get; } =
        new HashSet<string>(["createDate", "updateDate", "level", "name", "sortOrder"], StringComparer.OrdinalIgnoreCase);
}
