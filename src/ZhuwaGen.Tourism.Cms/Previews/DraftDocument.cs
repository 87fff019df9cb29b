using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Previews;

/// <summary>
/// A document's draft as if it were published, for previews: every culture the draft has a name in, with the draft's
/// values. The published snapshot is never changed; a preview reads a copy patched with this one item.
/// </summary>
public static class DraftDocument
{
    public static PublishedDocument From(DocumentView document, DateTime now)
    {
        var draft = document.Draft;
        var cultures = draft.Names
            .Where(n => !string.IsNullOrWhiteSpace(n.Value))
            .ToDictionary(
                n => n.Key,
                n =>
                {
                    var state = document.Cultures.FirstOrDefault(c => string.Equals(c.Culture, n.Key, StringComparison.OrdinalIgnoreCase));
                    var segment = draft.Segments.GetValueOrDefault(n.Key) ?? state?.UrlSegment ?? document.Key.ToString("N");
                    return new PublishedCulture(n.Value, segment, state?.PublishDate ?? now);
                },
                StringComparer.OrdinalIgnoreCase);
        return new PublishedDocument(
            document.Key, document.ParentKey, document.ContentTypeAlias, document.SortOrder, document.Level, document.CreateDate, document.UpdateDate,
            cultures, draft.Values);
    }
}
