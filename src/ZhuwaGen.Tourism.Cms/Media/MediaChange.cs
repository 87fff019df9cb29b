namespace ZhuwaGen.Tourism.Cms.Media;

public enum MediaChangeKind
{
    Saved,
    Moved,
    Trashed,
    Deleted,
}

/// <summary>Sent after a write to the media library has committed (webhooks: Umbraco.MediaSave / Umbraco.MediaDelete).</summary>
public sealed record MediaChange(MediaChangeKind Kind, IReadOnlyList<Guid> Keys);

/// <summary>Reacts to committed media changes. Registered explicitly, like <c>IContentChangeHandler</c>.</summary>
public interface IMediaChangeHandler
{
    Task HandleAsync(MediaChange change, CancellationToken ct);
}
