using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

/// <summary>
/// Custom field values as queries compare them, read once per published item and kept with that item for as long as
/// it lives: a snapshot patch keeps the items a change did not touch, so after a publish only the changed items are
/// read again. One cache per schema (a field's kind comes from it).
/// </summary>
internal sealed class FieldValueCache(ContentSchema schema)
{
    private readonly ConditionalWeakTable<PublishedDocument, ConcurrentDictionary<(string Alias, string Culture), FieldValue?>> _byItem = [];

    public ContentSchema Schema => schema;

    internal QueryFields Fields { get; } = new(schema);

    internal FieldValue? Get(PublishedSnapshot snapshot, PublishedDocument document, (string Alias, string Culture) key)
    {
        var values = _byItem.GetValue(document, static _ => new ConcurrentDictionary<(string, string), FieldValue?>());
        return values.TryGetValue(key, out var known) ? known : values.GetOrAdd(key, Read(snapshot, document, key.Alias, key.Culture));
    }

    private FieldValue? Read(PublishedSnapshot snapshot, PublishedDocument document, string alias, string culture)
    {
        if (Fields.KindOf(document.ContentTypeAlias, alias) is not { } kind)
        {
            return null;
        }

        // The culture the item is shown in, as the page shows it (a culture without a value is no value). It depends
        // only on the item's own cultures and the languages, which a snapshot patch does not change.
        var shown = snapshot.ResolveCulture(document, culture);
        return FieldValues.Read(kind, document.Value(alias, shown)) is { } value ? new FieldValue(kind, value) : null;
    }
}
