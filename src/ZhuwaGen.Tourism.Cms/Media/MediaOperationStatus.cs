namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>The outcome of a write to the media library.</summary>
public enum MediaOperationStatus
{
    Success,
    NotFound,
    ParentNotFound,
    ParentNotFolder,
    InTrash,
    InvalidName,
    DuplicateName,
    CannotMoveToDescendant,
    CannotDeleteWithChildren,
    FileTooLarge,
    UnsupportedFileType,
    InvalidImage,

    /// <summary>The image's header claims more pixels than Cms:Media allows; it was not decoded.</summary>
    ImageTooLarge,
    InvalidCulture,
    InvalidFocalPoint,
    UnknownCrop,
    InvalidCropCoordinates,
    NotAnImage,
}

public sealed record MediaResult(MediaOperationStatus Status, PublishedMedia? Media = null)
{
    public bool Succeeded => Status == MediaOperationStatus.Success;
}
