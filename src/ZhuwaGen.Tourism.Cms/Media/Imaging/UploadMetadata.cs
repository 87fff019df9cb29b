using System.Buffers.Binary;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>
/// What an upload may carry besides its pixels. Kept: the EXIF orientation (until it is applied) and a colour
/// profile of ordinary size (without it wide-gamut phone photos would change colour). Removed: every other EXIF
/// tag (GPS above all), XMP, IPTC, PNG text and anything else hidden in the file's container.
/// </summary>
internal static class UploadMetadata
{
    // Display and camera profiles are a few kilobytes; anything far larger is not there for colour.
    private const uint MaxColourProfileBytes = 64 * 1024;

    // The container's own metadata segments beyond this are never just a JFIF header, orientation and profile.
    private const int MaxJpegMetadataBytes = 128 * 1024;

    private static readonly HashSet<string> PngChunks = ["IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "pHYs", "sBIT", "bKGD"];
    private static readonly HashSet<string> WebpChunks = ["VP8 ", "VP8L", "VP8X", "ALPH", "ICCP", "ANIM", "ANMF"];

    /// <summary>Removes what must not be stored from the decoded image; true when there was any (so it is re-encoded).</summary>
    public static bool Strip(Image image)
    {
        var metadata = image.Metadata;
        var found = metadata.ExifProfile is { } exif && exif.Values.Any(v => v.Tag != ExifTag.Orientation);
        found |= metadata.XmpProfile is not null || metadata.IptcProfile is not null;
        (metadata.XmpProfile, metadata.IptcProfile) = (null, null);
        if (metadata.IccProfile is { } icc && icc.Header.Size > MaxColourProfileBytes)
        {
            metadata.IccProfile = null;
            found = true;
        }

        var png = metadata.GetPngMetadata();
        found |= png.TextData.Count > 0;
        png.TextData.Clear();
        foreach (var frame in image.Frames)
        {
            found |= frame.Metadata.ExifProfile is not null || frame.Metadata.XmpProfile is not null || frame.Metadata.IptcProfile is not null;
            (frame.Metadata.ExifProfile, frame.Metadata.XmpProfile, frame.Metadata.IptcProfile) = (null, null, null);
        }

        return found;
    }

    /// <summary>True when the file holds data the decoder does not surface (unknown chunks, comments, bytes after the end).</summary>
    public static bool HasHiddenData(ReadOnlySpan<byte> file, ImageKind kind) => kind switch
    {
        ImageKind.Jpeg => JpegHides(file),
        ImageKind.Png => PngHides(file),
        _ => WebpHides(file),
    };

    private static bool JpegHides(ReadOnlySpan<byte> file)
    {
        var (position, metadataBytes) = (2, 0);
        while (position + 4 <= file.Length && file[position] == 0xFF)
        {
            var marker = file[position + 1];
            if (marker == 0xDA)
            {
                // Entropy-coded data follows up to the end-of-image marker, which must be the last thing in the file.
                return metadataBytes > MaxJpegMetadataBytes || !file.EndsWith((ReadOnlySpan<byte>)[0xFF, 0xD9]);
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(file[(position + 2)..]);
            var body = file.Slice(position + 4, Math.Max(0, Math.Min(length - 2, file.Length - position - 4)));
            var isMetadata = marker is >= 0xE0 and <= 0xEF or 0xFE;
            var allowed = marker switch
            {
                0xE0 or 0xEE => true,
                0xE1 => body.StartsWith("Exif\0"u8),
                0xE2 => body.StartsWith("ICC_PROFILE\0"u8),
                0xFE => false,
                _ => !isMetadata,
            };
            if (!allowed)
            {
                return true;
            }

            metadataBytes += isMetadata ? length : 0;
            position += 2 + length;
        }

        return true;
    }

    private static bool PngHides(ReadOnlySpan<byte> file)
    {
        var position = 8;
        while (position + 12 <= file.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(file[position..]);
            var type = System.Text.Encoding.ASCII.GetString(file.Slice(position + 4, 4));
            if (!PngChunks.Contains(type) || length > int.MaxValue - 12)
            {
                return true;
            }

            position += 12 + (int)length;
            if (type == "IEND")
            {
                return position != file.Length;
            }
        }

        return true;
    }

    private static bool WebpHides(ReadOnlySpan<byte> file)
    {
        if (file.Length < 12 || BinaryPrimitives.ReadUInt32LittleEndian(file[4..]) + 8L != file.Length)
        {
            return true;
        }

        var position = 12;
        while (position + 8 <= file.Length)
        {
            var type = System.Text.Encoding.ASCII.GetString(file.Slice(position, 4));
            var length = BinaryPrimitives.ReadUInt32LittleEndian(file[(position + 4)..]);
            if (!WebpChunks.Contains(type) || length > int.MaxValue - 9)
            {
                return true;
            }

            position += 8 + (int)length + (int)(length & 1);
        }

        return position != file.Length;
    }
}
