using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>Content types: unique aliases, resolvable compositions and children, no composition cycles.</summary>
internal static class ContentTypeRules
{
    public static void Check(ContentSchema schema, SchemaErrorSink sink)
    {
        SchemaValidator.ReportDuplicates(schema.ContentTypes, t => t.Alias, t => SchemaErrorSink.ContentTypeItem(t.Alias),
            "content type alias", sink);

        foreach (var type in schema.ContentTypes)
        {
            var item = SchemaErrorSink.ContentTypeItem(type.Alias);
            foreach (var composition in type.Compositions)
            {
                if (string.Equals(composition, type.Alias, StringComparison.OrdinalIgnoreCase))
                {
                    sink.Add(type, item, "A content type cannot compose itself.");
                }
                else if (schema.FindContentType(composition) is null)
                {
                    sink.Add(type, item, $"Composition '{composition}' is not a known content type.");
                }
            }

            foreach (var child in type.AllowedChildren.Where(c => schema.FindContentType(c) is null))
            {
                sink.Add(type, item, $"Allowed child '{child}' is not a known content type.");
            }

            SchemaValidator.ReportDuplicates(type.Groups, g => g.Alias, g => SchemaErrorSink.TabItem(type.Alias, g.Alias),
                "tab alias", sink);
        }

        ReportCycles(schema, sink);
    }

    /// <summary>
    /// Depth-first search over compositions; each cycle is reported once, on the type where the search entered it,
    /// with the full path so every member is named. Self-composition is reported separately above.
    /// </summary>
    private static void ReportCycles(ContentSchema schema, SchemaErrorSink sink)
    {
        var finished = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var path = new List<ContentType>();

        foreach (var type in schema.ContentTypes)
        {
            Visit(type);
        }

        void Visit(ContentType type)
        {
            if (finished.Contains(type.Alias))
            {
                return;
            }

            var start = path.FindIndex(t => string.Equals(t.Alias, type.Alias, StringComparison.OrdinalIgnoreCase));
            if (start >= 0)
            {
                var members = path.Skip(start).Select(t => t.Alias).Append(type.Alias);
                sink.Add(type, SchemaErrorSink.ContentTypeItem(type.Alias),
                    $"Composition cycle: {string.Join(" → ", members)}.");
                return;
            }

            path.Add(type);
            foreach (var alias in type.Compositions)
            {
                if (!string.Equals(alias, type.Alias, StringComparison.OrdinalIgnoreCase)
                    && schema.FindContentType(alias) is { } composition)
                {
                    Visit(composition);
                }
            }

            path.RemoveAt(path.Count - 1);
            finished.Add(type.Alias);
        }
    }
}
