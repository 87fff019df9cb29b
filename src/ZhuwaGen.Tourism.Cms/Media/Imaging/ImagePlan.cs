using System.Globalization;
using SixLabors.ImageSharp;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>
/// What will actually be made, in pixels: the rectangle of the original that is kept, the output size and the
/// encoding. Requests that give the same picture give the same plan, and so one cache file: sizes are clamped to
/// the original (never upscaled), a centre that cannot move the crop does not count, and a quality that the format
/// ignores is dropped.
/// </summary>
public sealed record ImagePlan(Rectangle Source, Size Output, ImageKind Format, int? Quality, bool IsOriginal)
{
    public string CacheKey => string.Create(
        CultureInfo.InvariantCulture,
        $"{Source.X},{Source.Y},{Source.Width},{Source.Height};{Output.Width}x{Output.Height};{ImageSniffer.Extension(Format)};q{Quality}");

    public static ImagePlan Resolve(ImageQuery query, PublishedMedia media, Size original, ImageKind sourceKind, int defaultQuality)
    {
        var crop = query.Crop is { } alias
            ? media.Crops.FirstOrDefault(c => string.Equals(c.Alias, alias, StringComparison.OrdinalIgnoreCase))
            : null;
        var area = crop?.Coordinates is { } coordinates ? Area(coordinates, original) : new Rectangle(Point.Empty, original);
        var (width, height, mode) = (query.Width, query.Height, crop is null ? query.Mode : ImageResizeMode.Crop);
        if (crop is not null)
        {
            (width, height) = (width, height) switch
            {
                (null, null) => (crop.Width, crop.Height),
                ({ } w, null) => (w, Math.Max(1, (int)Math.Round((double)w * crop.Height / crop.Width))),
                (null, { } h) => (Math.Max(1, (int)Math.Round((double)h * crop.Width / crop.Height)), h),
                _ => (width, height),
            };
        }

        var (source, output) = (width, height) switch
        {
            (null, null) => (area, area.Size),
            ({ } w, null) => (area, Fit(area.Size, w, (double)w * area.Height / area.Width)),
            (null, { } h) => (area, Fit(area.Size, (double)h * area.Width / area.Height, h)),
            ({ } w, { } h) when mode == ImageResizeMode.Max => (area, FitInside(area.Size, w, h)),
            ({ } w, { } h) => Cropped(area, original, w, h, crop?.Coordinates is null ? Centre(query, media) : null),
        };

        var format = query.Format ?? sourceKind;
        int? quality = format == ImageKind.Png ? null : query.Quality ?? defaultQuality;
        var isOriginal = source == new Rectangle(Point.Empty, original) && output == original && format == sourceKind
            && (quality is null || quality == defaultQuality);
        return new ImagePlan(source, output, format, quality, isOriginal);
    }

    // Same shape, at most the area's size.
    private static Size Fit(Size area, double width, double height)
    {
        var scale = Math.Min(1, Math.Min(width / area.Width, height / area.Height));
        return new Size(Math.Max(1, (int)Math.Round(area.Width * scale)), Math.Max(1, (int)Math.Round(area.Height * scale)));
    }

    private static Size FitInside(Size area, int width, int height) => Fit(area, Math.Min(width, (double)height * area.Width / area.Height), Math.Min(height, (double)width * area.Height / area.Width));

    // The largest rectangle of the asked shape inside the area, centred on the point where it can be; the output is
    // that shape, scaled down to the asked size or kept at the rectangle's size when the asked size is larger.
    private static (Rectangle Source, Size Output) Cropped(Rectangle area, Size original, int width, int height, (decimal X, decimal Y)? centre)
    {
        var ratio = (double)width / height;
        var cropWidth = Math.Max(1, (int)Math.Round(Math.Min(area.Width, area.Height * ratio)));
        var cropHeight = Math.Max(1, (int)Math.Round(Math.Min(area.Height, area.Width / ratio)));
        var (cx, cy) = centre is { } c ? ((double)c.X * original.Width, (double)c.Y * original.Height) : (area.X + (area.Width / 2.0), area.Y + (area.Height / 2.0));
        var x = Math.Clamp((int)Math.Round(cx - (cropWidth / 2.0)), area.X, area.Right - cropWidth);
        var y = Math.Clamp((int)Math.Round(cy - (cropHeight / 2.0)), area.Y, area.Bottom - cropHeight);
        var scale = Math.Min(1, Math.Min((double)cropWidth / width, (double)cropHeight / height));
        var output = new Size(Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
        return (new Rectangle(x, y, cropWidth, cropHeight), output);
    }

    private static (decimal X, decimal Y)? Centre(ImageQuery query, PublishedMedia media) =>
        query.Rxy ?? (media.FocalPoint is { } focal ? (focal.Left, focal.Top) : null);

    // Coordinates are offsets from the left, top, right and bottom edges (Umbraco's image cropper).
    private static Rectangle Area(MediaCropCoordinates c, Size size)
    {
        var left = (int)Math.Round((double)c.X1 * size.Width);
        var top = (int)Math.Round((double)c.Y1 * size.Height);
        var right = size.Width - (int)Math.Round((double)c.X2 * size.Width);
        var bottom = size.Height - (int)Math.Round((double)c.Y2 * size.Height);
        return new Rectangle(left, top, Math.Max(1, right - left), Math.Max(1, bottom - top));
    }
}
