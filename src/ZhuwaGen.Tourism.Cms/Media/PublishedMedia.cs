namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>A named crop of an image: its size and, when an editor placed it, its coordinates (fractions).</summary>
public sealed record MediaCrop(string Alias, int Width, int Height, MediaCropCoordinates? Coordinates);

public sealed record MediaCropCoordinates(decimal X1, decimal Y1, decimal X2, decimal Y2);

public sealed record MediaFocalPoint(decimal Left, decimal Top);

/// <summary>A media item as readers see it (Delivery API, pickers, pages).</summary>
public sealed record PublishedMedia(
    Guid Key,
    Guid? ParentKey,
    string Name,
    string MediaTypeAlias,
    string Path,
    DateTime CreateDate,
    DateTime UpdateDate,
    string? Url,
    string? Extension,
    int? Width,
    int? Height,
    long? Bytes,
    MediaFocalPoint? FocalPoint,
    IReadOnlyList<MediaCrop> Crops,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> AltText);

/// <summary>Looks media up by key for renderers (media pickers) and the media endpoints.</summary>
public interface IPublishedMediaSource
{
    PublishedMedia? Get(Guid key);

    /// <summary>
    /// Loads the source unless it is loaded. Renderings kept for later (the Delivery API's stored JSON) await it first,
    /// so that an item rendered at start-up does not keep an empty picker: the first load notifies no handler.
    /// </summary>
    Task EnsureLoadedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
