using System.Net.Http.Headers;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Photos;

/// <summary>The photo screens' multipart upload as a phone without script posts it, and photos to send.</summary>
internal static class PhotoForms
{
    /// <summary>Posts the upload form <paramref name="formId"/> of <paramref name="page"/> with these files, as a browser does.</summary>
    public static async Task<HttpResponseMessage> PostFilesAsync(HttpClient client, string page, params (string Name, byte[] Bytes, string ContentType)[] files)
    {
        var form = BackofficeForm.Read(page, "upload");
        var content = new MultipartFormDataContent();
        foreach (var name in new[] { "__RequestVerificationToken", "folder", "revision" })
        {
            if (form[name] is { } value)
            {
                content.Add(new StringContent(value), name);
            }
        }

        foreach (var (name, bytes, type) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            content.Add(file, "photos", name);
        }

        return await client.PostAsync(form.Action, content);
    }

    /// <summary>A photo with varied pixels (so it does not compress to nothing), GPS and an orientation tag.</summary>
    public static byte[] CameraJpeg(int width, int height, ushort orientation = 1)
    {
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgb24((byte)(x * 7 % 256), (byte)(y * 5 % 256), (byte)((x ^ y) % 256));
                }
            }
        });
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Orientation, orientation);
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(28, 1), new Rational(40, 1), new Rational(0, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(97, 1), new Rational(28, 1), new Rational(0, 1)]);
        image.Metadata.ExifProfile = exif;
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 90 });
        return output.ToArray();
    }

    public static Task<Guid> KeyOfAsync(SiteFactory site, string name) =>
        site.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Media.Where(m => m.Name == name && !m.Trashed).Select(m => m.Key)));
}
