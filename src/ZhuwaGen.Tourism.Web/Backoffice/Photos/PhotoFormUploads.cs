using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Media.Imaging;

namespace ZhuwaGen.Tourism.Web.Backoffice.Photos;

/// <summary>
/// The photos of a plain multipart form (a phone without script, or the module's fallback) handed one by one to the
/// media library, which checks the type from the bytes, the size and the pixels, and processes them as the Management
/// API's upload does. What was refused comes back as one line per file in the editor's language.
/// </summary>
public sealed class PhotoFormUploads(MediaLibraryService media, IOptions<MediaOptions> options, ImageSharpLimits limits)
{
    /// <summary>A few phone originals at once; each file is also held to Cms:Media:MaxUploadBytes.</summary>
    public const long MaxRequestBytes = 100L * 1024 * 1024;

    public async Task<(IReadOnlyList<PublishedMedia> Uploaded, IReadOnlyList<string> Refused, int Status)> UploadAsync(
        IEnumerable<IFormFile> files, Guid? folder, bool keepLocation, PhotoText text, string userName, CancellationToken cancellationToken)
    {
        var uploaded = new List<PublishedMedia>();
        var refused = new List<string>();
        var status = StatusCodes.Status400BadRequest;
        var maxMegabytes = options.Value.MaxUploadBytes / (1024 * 1024);
        foreach (var file in files.Where(f => f.Length > 0))
        {
            var name = System.IO.Path.GetFileName(file.FileName.Replace('\\', '/'));
            MediaResult result;
            if (file.Length > options.Value.MaxUploadBytes)
            {
                result = new MediaResult(MediaOperationStatus.FileTooLarge);
            }
            else
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                var bytes = buffer.ToArray();
                buffer.Position = 0;
                var location = keepLocation ? ExifLocation.Read(bytes, limits) : null;
                result = await media.UploadAsync(new MediaUpload(name, buffer, folder, Location: location), userName, cancellationToken);
            }

            if (result.Media is { } made)
            {
                uploaded.Add(made);
                continue;
            }

            (var key, status) = result.Status switch
            {
                MediaOperationStatus.UnsupportedFileType => ("Refused_UnsupportedFileType", StatusCodes.Status415UnsupportedMediaType),
                MediaOperationStatus.FileTooLarge => ("Refused_FileTooLarge", StatusCodes.Status413PayloadTooLarge),
                MediaOperationStatus.InvalidImage => ("Refused_InvalidImage", StatusCodes.Status422UnprocessableEntity),
                MediaOperationStatus.ImageTooLarge => ("Refused_ImageTooLarge", StatusCodes.Status422UnprocessableEntity),
                MediaOperationStatus.ParentNotFound or MediaOperationStatus.ParentNotFolder => ("Refused_Other", StatusCodes.Status404NotFound),
                _ => ("Refused_Other", StatusCodes.Status400BadRequest),
            };
            refused.Add(text.Format(key, name, key == "Refused_FileTooLarge" ? maxMegabytes : result.Status));
        }

        return (uploaded, refused, status);
    }
}
