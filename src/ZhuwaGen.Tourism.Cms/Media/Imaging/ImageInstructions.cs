using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

public enum ImageResizeMode
{
    Crop,
    Max,
}

/// <summary>
/// What a <c>/media</c> request asks for, resolved against the item: size, mode, format, quality, the point a crop
/// centres on and the editor's crop rectangle. <see cref="CacheKey"/> is the normalized form that names the variant.
/// </summary>
public sealed record ImageInstructions(
    int? Width,
    int? Height,
    ImageResizeMode Mode,
    ImageKind? Format,
    int? Quality,
    (decimal Left, decimal Top)? Center,
    MediaCropCoordinates? CropArea)
{
    private static readonly string[] Processing = ["width", "height", "format", "quality", "crop", "mode"];

    public string CacheKey => string.Create(
        CultureInfo.InvariantCulture,
        $"w={Width};h={Height};m={Mode};f={Format};q={Quality};c={Center?.Left},{Center?.Top};a={CropArea?.X1},{CropArea?.Y1},{CropArea?.X2},{CropArea?.Y2}");

    /// <summary>Null instructions and no error: serve the original file. Unknown parameters (cache busters) are ignored.</summary>
    public static (ImageInstructions? Instructions, string? Error) Parse(IQueryCollection query, PublishedMedia media, MediaOptions options)
    {
        if (!Processing.Any(query.ContainsKey))
        {
            return (null, null);
        }

        var max = options.MaxRequestDimension;
        if (!TryInt(query, "width", 1, max, out var width) || !TryInt(query, "height", 1, max, out var height))
        {
            return (null, $"width and height must be whole numbers from 1 to {max}.");
        }

        if (!TryInt(query, "quality", 1, 100, out var quality))
        {
            return (null, "quality must be a whole number from 1 to 100.");
        }

        var mode = ImageResizeMode.Crop;
        if (query.TryGetValue("mode", out var modeValue) && !Enum.TryParse(modeValue.ToString(), ignoreCase: true, out mode))
        {
            return (null, "mode must be crop or max.");
        }

        ImageKind? format = null;
        if (query.TryGetValue("format", out var formatValue))
        {
            format = formatValue.ToString().ToLowerInvariant() switch
            {
                "webp" => ImageKind.Webp,
                "jpg" or "jpeg" => ImageKind.Jpeg,
                "png" => ImageKind.Png,
                _ => null,
            };
            if (format is null)
            {
                return (null, "format must be webp, jpg or png.");
            }
        }

        var center = media.FocalPoint is { } focal ? (focal.Left, focal.Top) : ((decimal, decimal)?)null;
        if (query.TryGetValue("rxy", out var rxy))
        {
            if (!TryPoint(rxy.ToString(), out var point))
            {
                return (null, "rxy must be two fractions from 0 to 1, as x,y.");
            }

            center = point;
        }

        MediaCropCoordinates? area = null;
        if (query.TryGetValue("crop", out var alias))
        {
            var crop = media.Crops.FirstOrDefault(c => string.Equals(c.Alias, alias.ToString(), StringComparison.OrdinalIgnoreCase));
            if (crop is null)
            {
                return (null, $"The crop '{alias}' is not defined for this item.");
            }

            area = crop.Coordinates;
            mode = ImageResizeMode.Crop;
            (width, height) = (width, height) switch
            {
                (null, null) => (crop.Width, crop.Height),
                ({ } w, null) => (w, Math.Max(1, (int)Math.Round((double)w * crop.Height / crop.Width))),
                (null, { } h) => (Math.Max(1, (int)Math.Round((double)h * crop.Width / crop.Height)), h),
                _ => (width, height),
            };
        }

        // A focal point only matters where the image is cropped to a new shape without an editor's rectangle.
        center = mode == ImageResizeMode.Crop && area is null ? center : null;
        return (new ImageInstructions(width, height, mode, format, quality, center, area), null);
    }

    private static bool TryInt(IQueryCollection query, string name, int min, int max, out int? value)
    {
        value = null;
        if (!query.TryGetValue(name, out var raw))
        {
            return true;
        }

        if (int.TryParse(raw.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static bool TryPoint(string raw, out (decimal Left, decimal Top) point)
    {
        point = default;
        var parts = raw.Split(',');
        if (parts.Length == 2
            && decimal.TryParse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var x) && x is >= 0 and <= 1
            && decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var y) && y is >= 0 and <= 1)
        {
            point = (x, y);
            return true;
        }

        return false;
    }
}
