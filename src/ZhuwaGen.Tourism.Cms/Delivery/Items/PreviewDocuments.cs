using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Items;

/// <summary>A draft as the Delivery API previews it: the draft in place of the published item, in a snapshot of its own.</summary>
internal sealed record PreviewDocument(PublishedSnapshot Snapshot, PublishedDocument Document);

internal sealed class PreviewDocuments(DocumentQueries queries)
{
    public async Task<PreviewDocument?> LoadAsync(PublishedSnapshot published, Guid key, CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(key, cancellationToken) is not { Trashed: false } view || view.Draft.Names.Count == 0)
        {
            return null;
        }

        var draft = view.Draft;
        var cultures = draft.Names.ToDictionary(
            n => n.Key,
            n => new PublishedCulture(n.Value, draft.Segments.GetValueOrDefault(n.Key) ?? string.Empty, null),
            StringComparer.OrdinalIgnoreCase);
        var document = new PublishedDocument(
            view.Key, view.ParentKey, view.ContentTypeAlias, view.SortOrder, view.Level, view.CreateDate, view.UpdateDate, cultures, draft.Values);
        return new PreviewDocument(published.With([document], []), document);
    }
}
