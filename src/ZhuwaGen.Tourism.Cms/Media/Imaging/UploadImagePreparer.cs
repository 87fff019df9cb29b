using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Processing;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>An uploaded image ready to store: its bytes (possibly re-encoded), format and pixel size.</summary>
public sealed record PreparedImage(byte[] Bytes, ImageKind Kind, int Width, int Height);

/// <summary>
/// Turns an upload into what is stored: the EXIF orientation applied to the pixels, phone photos scaled down to the
/// configured long edge, and location metadata removed (visitors' and editors' photos must not tell where they
/// live). An image that needs none of this is stored byte for byte, so it loses no quality to re-encoding.
/// </summary>
public sealed class UploadImagePreparer(IOptions<MediaOptions> options)
{
    private const int StoredQuality = 90;

    public async Task<(MediaOperationStatus Status, PreparedImage? Image)> PrepareAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        if (ImageSniffer.Sniff(bytes) is not { } kind)
        {
            return (MediaOperationStatus.UnsupportedFileType, null);
        }

        Image image;
        try
        {
            image = Image.Load(bytes);
        }
        catch (Exception exception) when (exception is ImageFormatException or UnknownImageFormatException or NotSupportedException)
        {
            return (MediaOperationStatus.InvalidImage, null);
        }

        using (image)
        {
            var maxEdge = options.Value.MaxLongEdge;
            var exif = image.Metadata.ExifProfile;
            var rotated = exif?.GetValue(ExifTag.Orientation) is { } orientation && orientation.Value > 1;
            var tooLarge = Math.Max(image.Width, image.Height) > maxEdge;
            var hasLocation = StripLocation(image);
            if (!rotated && !tooLarge && !hasLocation)
            {
                return (MediaOperationStatus.Success, new PreparedImage(bytes, kind, image.Width, image.Height));
            }

            image.Mutate(x =>
            {
                x.AutoOrient();
                if (tooLarge)
                {
                    x.Resize(new ResizeOptions { Mode = ResizeMode.Max, Size = new Size(maxEdge, maxEdge) });
                }
            });
            using var output = new MemoryStream();
            await image.SaveAsync(output, ImageEncoders.For(kind, StoredQuality), cancellationToken);
            return (MediaOperationStatus.Success, new PreparedImage(output.ToArray(), kind, image.Width, image.Height));
        }
    }

    /// <summary>Removes the GPS tags and the XMP packet (which can repeat them); true when there was any.</summary>
    private static bool StripLocation(Image image)
    {
        var found = false;
        if (image.Metadata.ExifProfile is { } exif)
        {
            foreach (var value in exif.Values.Where(v => IsGps(v.Tag)).ToList())
            {
                found |= exif.RemoveValue(value.Tag);
            }
        }

        if (image.Metadata.XmpProfile is not null)
        {
            image.Metadata.XmpProfile = null;
            found = true;
        }

        return found;
    }

    // GPS IFD tags are numbered 0x0000–0x001F; the pointer to the GPS IFD lives in IFD0.
    private static bool IsGps(ExifTag tag) => (ushort)tag <= 0x001F || (ushort)tag == (ushort)ExifTag.GPSIFDOffset;
}
