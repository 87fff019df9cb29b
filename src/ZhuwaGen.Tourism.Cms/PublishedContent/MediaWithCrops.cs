using System.Globalization;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.PublishedContent;

/// <summary>
/// A picked media item with its crops: the data type's crops (else the item's own) with the coordinates an editor set
/// on this pick, and the focal point of the pick (else the item's). <see cref="CropUrl"/> asks the image endpoint for a
/// named crop of the item.
/// </summary>
public sealed record MediaWithCrops(PublishedMedia Media, MediaFocalPoint? FocalPoint, IReadOnlyList<MediaCrop> Crops)
{
    public Guid Key => Media.Key;

    public string? Url => Media.Url;

    public string Name => Media.Name;

    /// <summary>The alt text in <paramref name="culture"/>, else in <paramref name="defaultCulture"/> (the schema's default language).</summary>
    public string? AltText(string culture, string defaultCulture) => Media.AltTextIn(culture, defaultCulture);

    /// <summary>The URL of a named crop (<c>/media/…?crop=hero</c>, optionally at a width), or null when the crop or file is unknown.</summary>
    public string? CropUrl(string alias, int? width = null)
    {
        var crop = Crops.FirstOrDefault(c => string.Equals(c.Alias, alias, StringComparison.OrdinalIgnoreCase));
        if (Url is null || crop is null)
        {
            return null;
        }

        var url = $"{Url}?crop={Uri.EscapeDataString(crop.Alias)}";
        return width is { } w ? url + "&width=" + w.ToString(CultureInfo.InvariantCulture) : url;
    }

    internal static MediaWithCrops? Resolve(PublishedSite site, MediaPick pick, IReadOnlyList<MediaCrop> configured)
    {
        if (site.Media.Get(pick.MediaKey) is not { } media)
        {
            return null;
        }

        var crops = (configured.Count > 0 ? configured : media.Crops)
            .Select(c => c with { Coordinates = pick.LocalCrops.GetValueOrDefault(c.Alias) ?? c.Coordinates })
            .ToList();
        return new MediaWithCrops(media, pick.FocalPoint ?? media.FocalPoint, crops);
    }
}
