using Microsoft.Extensions.Logging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>
/// Once per media folder, removes from stored originals what uploads have been cleaned of since (GPS and other EXIF,
/// XMP, IPTC, PNG text, hidden container data): files uploaded before that still carried it, and were served as they
/// were. The pixels, the size and the EXIF orientation stay, so the stored width and height remain true; only files
/// that carry something are re-encoded, written aside and moved into place. When any file changed, the variant cache
/// is emptied, since variants made from it may repeat its metadata. A marker file records that the folder is done.
/// </summary>
internal sealed class OriginalMetadataCleanup(MediaFileStore files, ImageSharpLimits limits, ImageCacheQuota cache, ILogger<OriginalMetadataCleanup> logger)
{
    public const string Marker = ".originals-metadata-cleaned";
    private const int Quality = 90;

    /// <summary>How many originals were rewritten (0 when the folder was done before).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var root = files.Root;
        var marker = Path.Combine(root, Marker);
        if (!Directory.Exists(root) || File.Exists(marker))
        {
            return 0;
        }

        var cleaned = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                cleaned += await CleanAsync(file, cancellationToken) ? 1 : 0;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ImageFormatException
                or UnknownImageFormatException or SixLabors.ImageSharp.Memory.InvalidMemoryOperationException)
            {
                logger.LogWarning(exception, "Could not remove metadata from the stored file {File}", file);
            }
        }

        if (cleaned > 0)
        {
            cache.Clear();
            logger.LogInformation("Removed metadata from {Count} stored originals uploaded before uploads were cleaned", cleaned);
        }

        await File.WriteAllTextAsync(marker, DateTime.UtcNow.ToString("O"), cancellationToken);
        return cleaned;
    }

    private async Task<bool> CleanAsync(string file, CancellationToken cancellationToken)
    {
        if (Path.GetFileName(file).StartsWith('.') || file.EndsWith(".uploading", StringComparison.Ordinal))
        {
            return false;
        }

        var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        if (ImageSniffer.Sniff(bytes) is not { } kind)
        {
            return false;
        }

        using var image = Image.Load(limits.Configuration, bytes);
        if (!UploadMetadata.Strip(image) && !UploadMetadata.HasHiddenData(bytes, kind))
        {
            return false;
        }

        // The orientation alone is kept, so the picture shows the same way up without touching its pixels.
        var orientation = image.Metadata.ExifProfile?.GetValue(ExifTag.Orientation);
        image.Metadata.ExifProfile = null;
        if (orientation is not null)
        {
            image.Metadata.ExifProfile = new ExifProfile();
            image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, orientation.Value);
        }

        var temporary = file + ".uploading";
        try
        {
            await image.SaveAsync(temporary, ImageEncoders.For(kind, Quality), cancellationToken);
            File.Move(temporary, file, overwrite: true);
            return true;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
