namespace ZhuwaGen.Tourism.Cms.Media.Uploads;

/// <summary>
/// A photo being sent in chunks from the back-office: whose it is, how long it will be, where it goes, and once
/// finished the media item it became (so a finish repeated after a lost answer returns the same item).
/// </summary>
public sealed record UploadSession(
    string Id,
    string Owner,
    string FileName,
    long Length,
    Guid? ParentKey,
    DateTime CreatedUtc,
    MediaLocation? Location,
    Guid? MediaKey = null);

/// <summary>The outcome of an upload-session request; media failures at the finish come as <see cref="MediaOperationStatus"/>.</summary>
public enum UploadSessionStatus
{
    Success,

    /// <summary>No such session for this user (another user's session is reported the same way), or it expired.</summary>
    NotFound,

    /// <summary>The chunk was sent for another offset than the session's; the answer carries the right one.</summary>
    OffsetMismatch,
    ChunkTooLarge,

    /// <summary>The declared length is zero or above Cms:Media:MaxUploadBytes, or a chunk would pass the declared length.</summary>
    TooLarge,
    TooManySessions,

    /// <summary>The first bytes are not a JPEG, PNG or WebP: refused at once, not after the whole file.</summary>
    NotAnImage,

    /// <summary>Finish was asked before every byte arrived.</summary>
    Incomplete,

    /// <summary>The media library refused the finished file (see the media status).</summary>
    MediaRefused,
}

public sealed record UploadSessionResult(UploadSessionStatus Status, UploadSession? Session = null, long Offset = 0, MediaResult? Media = null);
