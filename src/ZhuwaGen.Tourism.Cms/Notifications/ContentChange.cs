namespace ZhuwaGen.Tourism.Cms.Notifications;

public enum ContentChangeKind
{
    Saved,
    Published,
    Unpublished,
    Moved,
    Sorted,
    Trashed,
    Restored,
    Deleted,
}

/// <summary>
/// A committed write to the content tree, as the change log carries it. <see cref="ContentTypes"/> holds the type
/// alias of each key where the writer knew it (a deleted item's row is gone by the time consumers read the entry).
/// </summary>
public sealed record ContentChange(ContentChangeKind Kind, IReadOnlyList<Guid> Keys, IReadOnlyDictionary<Guid, string>? ContentTypes = null);

/// <summary>
/// Reacts to committed content changes (snapshot, caches, search, webhooks). Called by the change pipeline, in the
/// order of <c>ChangeConsumerOrder</c>, with entries in commit order; must be idempotent (an entry may be applied again
/// after a failure or a restart).
/// </summary>
public interface IContentChangeHandler
{
    Task HandleAsync(ContentChange change, CancellationToken cancellationToken);
}
