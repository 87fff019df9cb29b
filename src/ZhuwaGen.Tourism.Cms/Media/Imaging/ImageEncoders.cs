using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

internal static class ImageEncoders
{
    public static IImageEncoder For(ImageKind kind, int quality) => kind switch
    {
        ImageKind.Jpeg => new JpegEncoder { Quality = quality },
        ImageKind.Png => new PngEncoder(),
        _ => new WebpEncoder { Quality = quality, FileFormat = WebpFileFormatType.Lossy },
    };
}
