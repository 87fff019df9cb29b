using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Processing;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>An uploaded image ready to store: its bytes (possibly re-encoded), format and pixel size.</summary>
public sealed record PreparedImage(byte[] Bytes, ImageKind Kind, int Width, int Height);

/// <summary>
/// Turns an upload into what is stored. The header is read first and an image that claims more pixels than
/// configured is refused before anything is decoded (a few hundred bytes can claim gigabytes); decoding runs under
/// ImageSharp's allocation limit. Then the EXIF orientation is applied to the pixels, phone photos are scaled down to
/// the configured long edge, and metadata is removed (<see cref="UploadMetadata"/>). An image that needs none of this
/// is stored byte for byte, so it loses no quality to re-encoding.
/// </summary>
public sealed class UploadImagePreparer(IOptions<MediaOptions> options, ImageSharpLimits limits)
{
    private const int StoredQuality = 90;

    public async Task<(MediaOperationStatus Status, PreparedImage? Image)> PrepareAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        if (ImageSniffer.Sniff(bytes) is not { } kind)
        {
            return (MediaOperationStatus.UnsupportedFileType, null);
        }

        var settings = options.Value;
        IImageInfo? info;
        try
        {
            info = Image.Identify(limits.Configuration, bytes, out _);
        }
        catch (Exception exception) when (IsUnreadable(exception))
        {
            return (MediaOperationStatus.InvalidImage, null);
        }

        if (info is null)
        {
            return (MediaOperationStatus.InvalidImage, null);
        }

        if (info.Width > settings.MaxUploadDimension || info.Height > settings.MaxUploadDimension
            || (long)info.Width * info.Height > settings.MaxUploadPixels)
        {
            return (MediaOperationStatus.ImageTooLarge, null);
        }

        Image image;
        try
        {
            image = Image.Load(limits.Configuration, bytes);
        }
        catch (InvalidMemoryOperationException)
        {
            return (MediaOperationStatus.ImageTooLarge, null);
        }
        catch (Exception exception) when (IsUnreadable(exception))
        {
            return (MediaOperationStatus.InvalidImage, null);
        }

        using (image)
        {
            var maxEdge = settings.MaxLongEdge;
            var rotated = image.Metadata.ExifProfile?.GetValue(ExifTag.Orientation) is { } orientation && orientation.Value > 1;
            var tooLarge = Math.Max(image.Width, image.Height) > maxEdge;
            var stripped = UploadMetadata.Strip(image);
            if (!rotated && !tooLarge && !stripped && !UploadMetadata.HasHiddenData(bytes, kind))
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

            // The orientation is in the pixels now; nothing else of the EXIF block is kept.
            image.Metadata.ExifProfile = null;
            using var output = new MemoryStream();
            await image.SaveAsync(output, ImageEncoders.For(kind, StoredQuality), cancellationToken);
            return (MediaOperationStatus.Success, new PreparedImage(output.ToArray(), kind, image.Width, image.Height));
        }
    }

    private static bool IsUnreadable(Exception exception) =>
        exception is ImageFormatException or UnknownImageFormatException or NotSupportedException or InvalidDataException;
}
