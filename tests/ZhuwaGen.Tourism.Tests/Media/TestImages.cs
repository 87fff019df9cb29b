using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace ZhuwaGen.Tourism.Tests.Media;

/// <summary>Images made in memory for the tests, so that no binary fixture is committed.</summary>
internal static class TestImages
{
    public static byte[] Jpeg(int width = 320, int height = 240, Action<ExifProfile>? exif = null) =>
        Make(width, height, new JpegEncoder { Quality = 90 }, exif);

    public static byte[] Png(int width = 320, int height = 240) => Make(width, height, new PngEncoder(), null);

    public static byte[] Webp(int width = 320, int height = 240) => Make(width, height, new WebpEncoder(), null);

    /// <summary>Left half red, right half blue: tells which side a crop kept.</summary>
    public static byte[] RedBlue(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, Color.Red);
        for (var y = 0; y < height; y++)
        {
            for (var x = width / 2; x < width; x++)
            {
                image[x, y] = Color.Blue;
            }
        }

        using var output = new MemoryStream();
        image.Save(output, new PngEncoder());
        return output.ToArray();
    }

    public static void AddGps(ExifProfile exif)
    {
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(28, 1), new Rational(40, 1), new Rational(0, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(97, 1), new Rational(28, 1), new Rational(0, 1)]);
        exif.SetValue(ExifTag.Make, "TestPhone");
    }

    public static Image<Rgba32> Decode(byte[] bytes) => Image.Load<Rgba32>(bytes);

    public static IImageFormat FormatOf(byte[] bytes) => Image.DetectFormat(bytes);

    private static byte[] Make(int width, int height, IImageEncoder encoder, Action<ExifProfile>? exif)
    {
        using var image = new Image<Rgba32>(width, height, Color.ForestGreen);
        if (exif is not null)
        {
            image.Metadata.ExifProfile = new ExifProfile();
            exif(image.Metadata.ExifProfile);
        }

        using var output = new MemoryStream();
        image.Save(output, encoder);
        return output.ToArray();
    }
}
