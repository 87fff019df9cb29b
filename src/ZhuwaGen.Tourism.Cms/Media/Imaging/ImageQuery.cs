using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

public enum ImageResizeMode
{
    Crop,
    Max,
}

/// <summary>A parameter of a <c>/media</c> request that cannot be served, and why.</summary>
public sealed record ImageQueryError(string Parameter, string Message);

/// <summary>
/// The processing parameters of a <c>/media</c> request, parsed strictly: a value that cannot be read is an error
/// naming its parameter, never a default. <see cref="Canonical"/> is the form that is signed: known parameters
/// only, sorted, each value written one way (so <c>rxy=0.5,0.5</c> and <c>rxy=0.500,0.50</c> are the same request).
/// </summary>
public sealed record ImageQuery(
    int? Width,
    int? Height,
    ImageResizeMode Mode,
    ImageKind? Format,
    int? Quality,
    (decimal X, decimal Y)? Rxy,
    string? Crop,
    string? Hmac)
{
    public const string SignatureParameter = "hmac";

    private static readonly string[] Processing = ["width", "height", "mode", "format", "quality", "rxy", "crop", SignatureParameter];

    public string Canonical
    {
        get
        {
            var parts = new List<string>();
            Add("crop", Crop);
            Add("format", Format is { } f ? ImageSniffer.Extension(f) : null);
            Add("height", Height?.ToString(CultureInfo.InvariantCulture));
            Add("mode", Mode == ImageResizeMode.Max ? "max" : null);
            Add("quality", Quality?.ToString(CultureInfo.InvariantCulture));
            Add("rxy", Rxy is { } p ? string.Create(CultureInfo.InvariantCulture, $"{p.X:0.###},{p.Y:0.###}") : null);
            Add("width", Width?.ToString(CultureInfo.InvariantCulture));
            return string.Join('&', parts);

            void Add(string name, string? value)
            {
                if (value is not null)
                {
                    parts.Add($"{name}={Uri.EscapeDataString(value)}");
                }
            }
        }
    }

    /// <summary>No query and no error: the request is for the original file. Unknown parameters (cache busters) are ignored.</summary>
    public static (ImageQuery? Query, ImageQueryError? Error) Parse(IQueryCollection query, MediaOptions options)
    {
        if (!Processing.Any(query.ContainsKey))
        {
            return (null, null);
        }

        if (Processing.FirstOrDefault(p => query.TryGetValue(p, out var values) && values.Count > 1) is { } repeated)
        {
            return (null, new ImageQueryError(repeated, $"{repeated} is given more than once."));
        }

        var max = options.MaxRequestDimension;
        if (!TryInt(query, "width", 1, max, out var width))
        {
            return (null, new ImageQueryError("width", $"width must be a whole number from 1 to {max}."));
        }

        if (!TryInt(query, "height", 1, max, out var height))
        {
            return (null, new ImageQueryError("height", $"height must be a whole number from 1 to {max}."));
        }

        if (!TryInt(query, "quality", 1, 100, out var quality))
        {
            return (null, new ImageQueryError("quality", "quality must be a whole number from 1 to 100."));
        }

        var mode = ImageResizeMode.Crop;
        if (query.TryGetValue("mode", out var modeValue))
        {
            // Explicit names only: Enum.TryParse would also take "7" and make it a mode of its own.
            ImageResizeMode? parsed = modeValue.ToString().ToLowerInvariant() switch
            {
                "crop" => ImageResizeMode.Crop,
                "max" => ImageResizeMode.Max,
                _ => null,
            };
            if (parsed is null)
            {
                return (null, new ImageQueryError("mode", "mode must be crop or max."));
            }

            mode = parsed.Value;
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
                return (null, new ImageQueryError("format", "format must be webp, jpg or png."));
            }
        }

        (decimal, decimal)? rxy = null;
        if (query.TryGetValue("rxy", out var rxyValue))
        {
            if (!TryPoint(rxyValue.ToString(), out var point))
            {
                return (null, new ImageQueryError("rxy", "rxy must be two fractions from 0 to 1, as x,y."));
            }

            rxy = point;
        }

        string? crop = null;
        if (query.TryGetValue("crop", out var alias))
        {
            if (options.FindCrop(alias.ToString()) is not { } definition)
            {
                return (null, new ImageQueryError("crop", $"The crop '{alias}' is not one of the crops in Cms:Media:Crops."));
            }

            crop = definition.Alias.ToLowerInvariant();
        }

        var hmac = query.TryGetValue(SignatureParameter, out var signature) ? signature.ToString().ToLowerInvariant() : null;
        return (new ImageQuery(width, height, mode, format, quality, rxy, crop, hmac), null);
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

    // Rounded to thousandths: finer centres move a crop by less than a pixel of any image this site serves.
    private static bool TryPoint(string raw, out (decimal X, decimal Y) point)
    {
        point = default;
        var parts = raw.Split(',');
        if (parts.Length == 2
            && decimal.TryParse(parts[0], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var x) && x is >= 0 and <= 1
            && decimal.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var y) && y is >= 0 and <= 1)
        {
            point = (Math.Round(x, 3, MidpointRounding.AwayFromZero), Math.Round(y, 3, MidpointRounding.AwayFromZero));
            return true;
        }

        return false;
    }
}
