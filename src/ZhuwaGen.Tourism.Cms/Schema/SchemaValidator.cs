using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>
/// Rules that need the whole schema (cross references, duplicates, cycles). Works on schemas built in code too;
/// when called by the reader it also knows source lines.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<SchemaError> Validate(ContentSchema schema) => Validate(schema, SchemaSourceMap.None);

    internal static IReadOnlyList<SchemaError> Validate(ContentSchema schema, SchemaSourceMap map)
    {
        var sink = new SchemaErrorSink(map);
        KeyRules.Check(schema, sink);
        LanguageRules.Check(schema, sink);
        DataTypeRules.Check(schema, sink);
        EditorConfigurationRules.Check(schema, sink);
        ContentTypeRules.Check(schema, sink);
        foreach (var type in schema.ContentTypes)
        {
            PropertyRules.Check(schema, type, sink);
        }

        return sink.Errors;
    }

    /// <summary>Reports every item after the first that shares a name, naming where the first one was.</summary>
    internal static void ReportDuplicates<T>(
        IEnumerable<T> items, Func<T, string> name, Func<T, string> item, string what, SchemaErrorSink sink)
        where T : notnull
    {
        var first = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var current in items)
        {
            if (!first.TryAdd(name(current), current))
            {
                var original = first[name(current)];
                sink.Add(current, item(current),
                    $"Duplicate {what} '{name(current)}'{sink.FirstDeclared(original)}.");
            }
        }
    }
}
