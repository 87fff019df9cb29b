using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;
using ZhuwaGen.Tourism.Cms.Hosting;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>A variant on disk: where it is, its content type and its entity tag.</summary>
public sealed record ImageVariant(string FilePath, string ContentType, string ETag);

/// <summary>
/// Makes resized, cropped and re-encoded variants with ImageSharp and keeps them on disk, named by the item's URL and
/// the normalized instructions, so that each variant is made once. The cache folder can be emptied at any time.
/// </summary>
public sealed class MediaImageProcessor(CmsPaths paths, IOptions<MediaOptions> options)
{
    public string CacheRoot => paths.Resolve(options.Value.CacheRoot);

    public string CachePathFor(string url, ImageInstructions instructions, ImageKind format)
    {
        var hash = Hash(url, instructions);
        return Path.Combine(CacheRoot, hash[..2], $"{hash}.{ImageSniffer.Extension(format)}");
    }

    public async Task<ImageVariant> GetOrCreateAsync(string url, string sourceFile, ImageKind sourceKind, ImageInstructions instructions, CancellationToken cancellationToken)
    {
        var format = instructions.Format ?? sourceKind;
        var target = CachePathFor(url, instructions, format);
        var variant = new ImageVariant(target, ImageSniffer.ContentType(format), $"\"{Path.GetFileNameWithoutExtension(target)[..32]}\"");
        if (File.Exists(target))
        {
            return variant;
        }

        using var image = await Image.LoadAsync(sourceFile, cancellationToken);
        image.Mutate(x =>
        {
            if (instructions.CropArea is { } area)
            {
                x.Crop(Area(area, image.Width, image.Height));
            }

            if (instructions.Width is not null || instructions.Height is not null)
            {
                x.Resize(new ResizeOptions
                {
                    Size = new Size(instructions.Width ?? 0, instructions.Height ?? 0),
                    Mode = instructions.Mode == ImageResizeMode.Crop ? ResizeMode.Crop : ResizeMode.Max,
                    CenterCoordinates = instructions.Center is { } c ? new PointF((float)c.Left, (float)c.Top) : null,
                });
            }
        });

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        await image.SaveAsync(temporary, ImageEncoders.For(format, instructions.Quality ?? options.Value.DefaultQuality), cancellationToken);
        File.Move(temporary, target, overwrite: true);
        return variant;
    }

    // Coordinates are offsets from the left, top, right and bottom edges (Umbraco's image cropper).
    private static Rectangle Area(MediaCropCoordinates c, int width, int height)
    {
        var left = (int)Math.Round((double)c.X1 * width);
        var top = (int)Math.Round((double)c.Y1 * height);
        var right = width - (int)Math.Round((double)c.X2 * width);
        var bottom = height - (int)Math.Round((double)c.Y2 * height);
        return new Rectangle(left, top, Math.Max(1, right - left), Math.Max(1, bottom - top));
    }

    private static string Hash(string url, ImageInstructions instructions) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url + "?" + instructions.CacheKey)));
}
