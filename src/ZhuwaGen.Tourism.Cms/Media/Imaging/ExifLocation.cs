using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>
/// The GPS position in a photo's EXIF, read from the header only (nothing is decoded). Used when an editor asks to
/// keep where a photo was taken: the stored file loses all EXIF, so the position is kept beside it.
/// </summary>
public static class ExifLocation
{
    public static MediaLocation? Read(byte[] bytes, ImageSharpLimits limits)
    {
        try
        {
            var exif = Image.Identify(limits.Configuration, bytes, out _)?.Metadata.ExifProfile;
            if (exif is null
                || exif.GetValue(ExifTag.GPSLatitude)?.Value is not { Length: 3 } lat
                || exif.GetValue(ExifTag.GPSLongitude)?.Value is not { Length: 3 } lon)
            {
                return null;
            }

            var south = exif.GetValue(ExifTag.GPSLatitudeRef)?.Value == "S";
            var west = exif.GetValue(ExifTag.GPSLongitudeRef)?.Value == "W";
            var location = new MediaLocation(Degrees(lat) * (south ? -1 : 1), Degrees(lon) * (west ? -1 : 1));
            return location.IsValid ? location : null;
        }
        catch (Exception exception) when (exception is ImageFormatException or UnknownImageFormatException or NotSupportedException or InvalidDataException)
        {
            return null;
        }
    }

    private static double Degrees(Rational[] dms) => dms[0].ToDouble() + (dms[1].ToDouble() / 60) + (dms[2].ToDouble() / 3600);
}
