using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>
/// Keys must be set and unique. Data types and content types share one key space because Umbraco stores both
/// as nodes; properties and groups each have their own.
/// </summary>
internal static class KeyRules
{
    public static void Check(ContentSchema schema, SchemaErrorSink sink)
    {
        CheckUnique(schema.Languages.Select(l => (Subject: (object)l, l.Key, Item: SchemaErrorSink.LanguageItem(l.IsoCode))), sink);

        var nodes = schema.DataTypes.Select(d => ((object)d, d.Key, SchemaErrorSink.DataTypeItem(d.Alias)))
            .Concat(schema.ContentTypes.Select(t => ((object)t, t.Key, SchemaErrorSink.ContentTypeItem(t.Alias))));
        CheckUnique(nodes, sink);

        CheckUnique(schema.ContentTypes.SelectMany(t => t.Properties
            .Select(p => ((object)p, p.Key, SchemaErrorSink.PropertyItem(t.Alias, p.Alias)))), sink);
        CheckUnique(schema.ContentTypes.SelectMany(t => t.Groups
            .Select(g => ((object)g, g.Key, SchemaErrorSink.TabItem(t.Alias, g.Alias)))), sink);
    }

    private static void CheckUnique(IEnumerable<(object Subject, Guid Key, string Item)> items, SchemaErrorSink sink)
    {
        var first = new Dictionary<Guid, (object Subject, string Item)>();
        foreach (var (subject, key, item) in items)
        {
            if (key == Guid.Empty)
            {
                sink.Add(subject, item, "Key must not be the empty GUID.");
            }
            else if (!first.TryAdd(key, (subject, item)))
            {
                var original = first[key];
                sink.Add(subject, item,
                    $"Duplicate key {key:D}, already used by {original.Item}{sink.FirstDeclared(original.Subject)}.");
            }
        }
    }
}
