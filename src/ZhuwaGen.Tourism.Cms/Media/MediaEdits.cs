namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>An upload: the file as the client sent it, where it goes, and its alt text per culture.</summary>
public sealed record MediaUpload(
    string FileName,
    Stream Content,
    Guid? ParentKey = null,
    string? Name = null,
    IReadOnlyDictionary<string, string>? AltText = null,
    MediaLocation? Location = null);

/// <summary>
/// Where a photo was taken, kept only when the editor asked for it: stored files never carry EXIF, so the phone sends
/// the coordinates beside the photo and they are kept as the item's invariant "location" property (back-office only).
/// </summary>
public sealed record MediaLocation(double Latitude, double Longitude)
{
    public bool IsValid => Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Latitude:0.######},{Longitude:0.######}");
}

/// <summary>
/// An edit of an item; null members are left as they are. <see cref="AltText"/> sets the given cultures (an empty
/// or null text removes that culture); <see cref="Crops"/> replaces every editor-placed crop.
/// </summary>
public sealed record MediaUpdate(
    string? Name = null,
    IReadOnlyDictionary<string, string?>? AltText = null,
    MediaFocalPoint? FocalPoint = null,
    bool ClearFocalPoint = false,
    IReadOnlyList<MediaCropEdit>? Crops = null);

/// <summary>Where an editor placed a named crop: offsets from the left, top, right and bottom edges, as fractions.</summary>
public sealed record MediaCropEdit(string Alias, MediaCropCoordinates Coordinates);
