using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ZhuwaGen.Tourism.Cms.Media.Management;

/// <summary>The one place where media statuses become HTTP answers.</summary>
public static class MediaProblems
{
    public static ProblemHttpResult For(MediaOperationStatus status)
    {
        var (code, title, detail) = status switch
        {
            MediaOperationStatus.NotFound => (404, "Media not found", "The media item does not exist."),
            MediaOperationStatus.FileTooLarge => (413, "File too large", "The file is larger than the upload limit (Cms:Media:MaxUploadBytes)."),
            MediaOperationStatus.UnsupportedFileType => (415, "Unsupported file type", "Only JPEG, PNG and WebP images can be uploaded."),
            MediaOperationStatus.InvalidImage => (400, "Invalid image", "The file looks like an image but cannot be read."),
            MediaOperationStatus.ImageTooLarge => (422, "Image too large", "The image has more pixels than the upload limit (Cms:Media:MaxUploadPixels, Cms:Media:MaxUploadDimension)."),
            MediaOperationStatus.ParentNotFound => (400, "Parent not found", "The parent folder does not exist."),
            MediaOperationStatus.ParentNotFolder => (400, "Parent is not a folder", "Media can only be placed in folders."),
            MediaOperationStatus.InTrash => (400, "In the recycle bin", "The item or its target is in the recycle bin."),
            MediaOperationStatus.InvalidName => (400, "Invalid name", "A name is required, without '/' or surrounding spaces, up to 255 characters."),
            MediaOperationStatus.DuplicateName => (409, "Duplicate name", "Another item in this folder has that name."),
            MediaOperationStatus.CannotMoveToDescendant => (400, "Cannot move", "A folder cannot be moved into itself or its descendants."),
            MediaOperationStatus.CannotDeleteWithChildren => (400, "Folder not empty", "Delete or move the folder's items first."),
            MediaOperationStatus.InvalidCulture => (400, "Invalid culture", "Alt text cultures must be languages of the site."),
            MediaOperationStatus.InvalidFocalPoint => (400, "Invalid focal point", "left and top must be fractions from 0 to 1."),
            MediaOperationStatus.UnknownCrop => (400, "Unknown crop", "The crop alias is not declared in Cms:Media:Crops."),
            MediaOperationStatus.InvalidCropCoordinates => (400, "Invalid crop coordinates", "x1, y1, x2, y2 are edge offsets from 0 to 1 leaving a non-empty area, one per crop."),
            MediaOperationStatus.NotAnImage => (400, "Not an image", "Alt text, focal point and crops apply to images only."),
            _ => (500, "Unknown media operation status", $"Media operation status \"{status}\" was not expected here"),
        };
        return TypedResults.Problem(detail, statusCode: code, title: title);
    }

    public static ProblemHttpResult NotMultipart() => TypedResults.Problem(
        "Send the file as multipart/form-data with a 'file' field.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");

    public static ProblemHttpResult UnreadableForm() => TypedResults.Problem(
        "The multipart/form-data body cannot be read.", statusCode: StatusCodes.Status400BadRequest, title: "Unreadable form");

    public static ProblemHttpResult NoFile() => TypedResults.Problem(
        "The form has no 'file' field.", statusCode: StatusCodes.Status400BadRequest, title: "File missing");
}
