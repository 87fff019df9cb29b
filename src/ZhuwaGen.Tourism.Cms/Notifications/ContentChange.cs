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

/// <summary>Sent after a write to the content tree has committed.</summary>
public sealed record ContentChange(ContentChangeKind Kind, IReadOnlyList<Guid> Keys);

/// <summary>Reacts to committed content changes (snapshot, caches, search, webhooks). Registered explicitly.</summary>
public interface IContentChangeHandler
{
    Task HandleAsync(ContentChange change, CancellationToken cancellationToken);
}
