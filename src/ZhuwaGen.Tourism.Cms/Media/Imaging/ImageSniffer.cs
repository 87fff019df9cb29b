namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

public enum ImageKind
{
    Jpeg,
    Png,
    Webp,
}

/// <summary>
/// Tells an image's format from its first bytes. The file name and the declared Content-Type are the client's
/// word; the magic bytes are the file's.
/// </summary>
public static class ImageSniffer
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageKind? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return ImageKind.Jpeg;
        }

        if (head.StartsWith(Png))
        {
            return ImageKind.Png;
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageKind.Webp;
        }

        return null;
    }

    public static ImageKind FromExtension(string? extension) => extension switch
    {
        "png" => ImageKind.Png,
        "webp" => ImageKind.Webp,
        _ => ImageKind.Jpeg,
    };

    public static string Extension(ImageKind kind) => kind switch
    {
        ImageKind.Jpeg => "jpg",
        ImageKind.Png => "png",
        _ => "webp",
    };

    public static string ContentType(ImageKind kind) => kind switch
    {
        ImageKind.Jpeg => "image/jpeg",
        ImageKind.Png => "image/png",
        _ => "image/webp",
    };
}
