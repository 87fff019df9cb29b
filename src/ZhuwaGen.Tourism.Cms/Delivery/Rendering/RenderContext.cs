using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Rendering;

/// <summary>
/// One rendering: the snapshot and culture it reads, and every item it depended on (each rendered or referenced item
/// and its ancestors, whose segments are in its route; each picked media item). The dependencies decide when stored
/// JSON is re-rendered and which output-cache tags a response carries.
/// </summary>
internal sealed class RenderContext(
    PublishedSnapshot snapshot, ContentSchema schema, string culture, IReadOnlySet<string> disallowed, Guid? previewKey = null)
{
    public PublishedSnapshot Snapshot { get; } = snapshot;

    public ContentSchema Schema { get; } = schema;

    public string Culture { get; } = culture;

    /// <summary>The draft being previewed, which may lack a route.</summary>
    public Guid? PreviewKey { get; } = previewKey;

    public HashSet<Guid> Dependencies { get; } = [];

    public bool IsExposed(PublishedDocument document) => !disallowed.Contains(document.ContentTypeAlias);

    /// <summary>
    /// A picked media item. Its key joins the same set as content keys (keys are GUIDs and never collide), so the
    /// stored JSON and the output-cache tags follow media changes as they follow content changes.
    /// </summary>
    public void DependOnMedia(Guid key) => Dependencies.Add(key);

    public void Depend(Guid key)
    {
        Guid? current = key;
        var guard = 0;
        while (current is { } next && Dependencies.Add(next) && guard++ < 1000)
        {
            current = Snapshot.ByKey(next)?.ParentKey;
        }
    }
}
