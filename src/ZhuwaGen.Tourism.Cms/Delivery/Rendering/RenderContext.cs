using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Rendering;

/// <summary>
/// One rendering: the snapshot and culture it reads, and every item it depended on (each rendered or referenced item
/// and its ancestors, whose segments are in its route). The dependencies decide when stored JSON is re-rendered and
/// which output-cache tags a response carries.
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
