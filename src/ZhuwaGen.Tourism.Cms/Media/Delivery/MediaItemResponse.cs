using System.Globalization;

namespace ZhuwaGen.Tourism.Cms.Media.Delivery;

/// <summary>Umbraco's IApiMediaWithCropsResponse, member for member and in its order (contract §1.5).</summary>
public sealed record MediaItemResponse(
    string Path,
    string CreateDate,
    string UpdateDate,
    Guid Id,
    string Name,
    string MediaType,
    string? Url,
    string? Extension,
    int? Width,
    int? Height,
    long? Bytes,
    IReadOnlyDictionary<string, string?> Properties,
    FocalPointResponse? FocalPoint,
    IReadOnlyList<CropResponse>? Crops)
{
    // Umbraco writes dates with seven fraction digits and no offset.
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff";

    public static MediaItemResponse From(PublishedMedia media, string culture, string defaultCulture)
    {
        var isFolder = media.IsFolder();
        return new MediaItemResponse(
            media.Path,
            media.CreateDate.ToString(DateFormat, CultureInfo.InvariantCulture),
            media.UpdateDate.ToString(DateFormat, CultureInfo.InvariantCulture),
            media.Key,
            media.Name,
            media.MediaTypeAlias,
            media.Url,
            media.Extension,
            media.Width,
            media.Height,
            media.Bytes,
            isFolder ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["altText"] = media.AltTextIn(culture, defaultCulture) },
            media.FocalPoint is { } focal ? new FocalPointResponse((double)focal.Left, (double)focal.Top) : null,
            isFolder ? null : media.Crops.Select(CropResponse.From).ToList());
    }
}

public sealed record FocalPointResponse(double Left, double Top);

public sealed record CropResponse(string Alias, int Width, int Height, CropCoordinatesResponse? Coordinates)
{
    public static CropResponse From(MediaCrop crop) => new(
        crop.Alias,
        crop.Width,
        crop.Height,
        crop.Coordinates is { } c ? new CropCoordinatesResponse((double)c.X1, (double)c.Y1, (double)c.X2, (double)c.Y2) : null);
}

public sealed record CropCoordinatesResponse(double X1, double Y1, double X2, double Y2);
