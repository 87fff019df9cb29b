using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Cms.Media.Management;

/// <summary>
/// <c>POST /media</c>: multipart/form-data with <c>file</c>, and optionally <c>parentId</c>, <c>name</c> and
/// <c>altText[zh-Hans]</c>, <c>altText[en]</c>, <c>altText[bo]</c>.
/// </summary>
internal static class MediaUploadEndpoint
{
    // Room for the multipart boundaries and the other fields around a file at the limit.
    private const long FormOverhead = 64 * 1024;

    public static async Task<Results<Created<MediaManagementResponse>, ProblemHttpResult>> UploadAsync(
        HttpContext context, MediaLibraryService library, IOptions<MediaOptions> options, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return MediaProblems.NotMultipart();
        }

        if (request.ContentLength > options.Value.MaxUploadBytes + FormOverhead)
        {
            return MediaProblems.For(MediaOperationStatus.FileTooLarge);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            // A malformed multipart body (a broken boundary, a body that ends early, too many parts) is the client's
            // fault, not a 500.
            return MediaProblems.UnreadableForm();
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return MediaProblems.NoFile();
        }

        Guid? parentId = null;
        if (form.TryGetValue("parentId", out var parentValue) && parentValue.ToString() is { Length: > 0 } raw)
        {
            if (!Guid.TryParse(raw, out var parsed))
            {
                return MediaProblems.For(MediaOperationStatus.ParentNotFound);
            }

            parentId = parsed;
        }

        var altText = form.Keys
            .Where(k => k.StartsWith("altText[", StringComparison.Ordinal) && k.EndsWith(']'))
            .ToDictionary(k => k["altText[".Length..^1], k => form[k].ToString());
        await using var content = file.OpenReadStream();
        var upload = new MediaUpload(file.FileName, content, parentId, form["name"].ToString() is { Length: > 0 } name ? name : null, altText);
        var result = await library.UploadAsync(upload, CurrentUser.NameOf(context.User), cancellationToken);
        return result.Media is { } media
            ? TypedResults.Created($"{ManagementApiRoutes.Base}/media/{media.Key}", MediaManagementResponse.From(media))
            : MediaProblems.For(result.Status);
    }
}
