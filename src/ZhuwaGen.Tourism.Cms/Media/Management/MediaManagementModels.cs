namespace ZhuwaGen.Tourism.Cms.Media.Management;

/// <summary>A media item as the back-office edits it: every culture's alt text, the editor's crops.</summary>
public sealed record MediaManagementResponse(
    Guid Id,
    Guid? ParentId,
    string Name,
    string MediaType,
    string Path,
    string? Url,
    string? Extension,
    int? Width,
    int? Height,
    long? Bytes,
    IReadOnlyDictionary<string, string> AltText,
    MediaFocalPoint? FocalPoint,
    IReadOnlyList<MediaCrop> Crops,
    DateTime CreateDate,
    DateTime UpdateDate)
{
    public static MediaManagementResponse From(PublishedMedia m) => new(
        m.Key,
        m.ParentKey,
        m.Name,
        m.MediaTypeAlias,
        m.Path,
        m.Url,
        m.Extension,
        m.Width,
        m.Height,
        m.Bytes,
        m.AltText.GetValueOrDefault("altText") ?? new Dictionary<string, string>(),
        m.FocalPoint,
        m.Crops,
        m.CreateDate,
        m.UpdateDate);
}

public sealed record CreateMediaFolderRequest(string Name, Guid? ParentId);

public sealed record MoveMediaRequest(Guid? TargetId);

public sealed record UpdateMediaRequest(
    string? Name,
    Dictionary<string, string?>? AltText,
    MediaFocalPoint? FocalPoint,
    bool ClearFocalPoint,
    List<MediaCropEdit>? Crops);

public sealed record MediaTreeItem(Guid Id, string Name, string MediaType, bool HasChildren, string? Url);

public sealed record MediaTreeResponse(long Total, IReadOnlyList<MediaTreeItem> Items);
