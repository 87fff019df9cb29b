using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Cms.Media.Management;

/// <summary>
/// The Management API's media endpoints. Writes go through <see cref="MediaLibraryService"/>; reads come from the
/// published map (the recycle bin is not browsable here).
/// </summary>
internal static class MediaManagementEndpoints
{
    // The most a page of the tree holds, as on the document tree.
    private const int MaxTake = 1000;

    public static void MapMediaManagement(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(ManagementApiRoutes.Base + "/media").WithTags("Media").AddEndpointFilter<XsrfProtection.Filter>().AddEndpointFilter<PagingFilter>();

        // Antiforgery is off for the upload: the Management API is called with bearer tokens (OpenIddict), which a
        // cross-site form cannot send. If cookie sign-in is ever accepted here, turn it back on.
        group.MapPost("", MediaUploadEndpoint.UploadAsync)
            .DisableAntiforgery()
            .RequireAuthorization(AuthorizationPolicies.ContentWrite);
        group.MapPost("/folder", CreateFolderAsync).RequireAuthorization(AuthorizationPolicies.ContentWrite);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AuthorizationPolicies.ContentRead);
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(AuthorizationPolicies.ContentWrite);
        group.MapPut("/{id:guid}/move", MoveAsync).RequireAuthorization(AuthorizationPolicies.ContentWrite);
        group.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(AuthorizationPolicies.ContentPublish);
        group.MapGet("/tree/children", ChildrenAsync).RequireAuthorization(AuthorizationPolicies.ContentRead);
    }

    private static async Task<Results<Created<MediaManagementResponse>, ProblemHttpResult>> CreateFolderAsync(
        CreateMediaFolderRequest request, HttpContext context, MediaLibraryService library, CancellationToken cancellationToken)
    {
        var result = await library.CreateFolderAsync(request.Name ?? string.Empty, request.ParentId, CurrentUser.NameOf(context.User), cancellationToken);
        return result.Media is { } media
            ? TypedResults.Created($"{ManagementApiRoutes.Base}/media/{media.Key}", MediaManagementResponse.From(media))
            : MediaProblems.For(result.Status);
    }

    private static async Task<Results<Ok<MediaManagementResponse>, NotFound>> GetAsync(
        Guid id, PublishedMediaCache cache, CancellationToken cancellationToken) =>
        (await cache.EnsureLoadedAsync(cancellationToken)).Get(id) is { } media
            ? TypedResults.Ok(MediaManagementResponse.From(media))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<MediaManagementResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateMediaRequest request, HttpContext context, MediaLibraryService library, CancellationToken cancellationToken)
    {
        var update = new MediaUpdate(request.Name, request.AltText, request.FocalPoint, request.ClearFocalPoint, request.Crops);
        var result = await library.UpdateAsync(id, update, CurrentUser.NameOf(context.User), cancellationToken);
        return result.Media is { } media ? TypedResults.Ok(MediaManagementResponse.From(media)) : MediaProblems.For(result.Status);
    }

    private static async Task<Results<Ok<MediaManagementResponse>, ProblemHttpResult>> MoveAsync(
        Guid id, MoveMediaRequest request, HttpContext context, MediaLibraryService library, CancellationToken cancellationToken)
    {
        var result = await library.MoveAsync(id, request.TargetId, CurrentUser.NameOf(context.User), cancellationToken);
        return result.Media is { } media ? TypedResults.Ok(MediaManagementResponse.From(media)) : MediaProblems.For(result.Status);
    }

    private static async Task<Results<Ok, ProblemHttpResult>> DeleteAsync(
        Guid id, HttpContext context, MediaLibraryService library, CancellationToken cancellationToken)
    {
        var status = await library.DeleteAsync(id, CurrentUser.NameOf(context.User), cancellationToken);
        return status == MediaOperationStatus.Success ? TypedResults.Ok() : MediaProblems.For(status);
    }

    private static async Task<Results<Ok<MediaTreeResponse>, NotFound>> ChildrenAsync(
        Guid? parentId, int? skip, int? take, PublishedMediaCache cache, CancellationToken cancellationToken)
    {
        var snapshot = await cache.EnsureLoadedAsync(cancellationToken);
        if (parentId is { } key && snapshot.Get(key) is null)
        {
            return TypedResults.NotFound();
        }

        var children = snapshot.ChildrenOf(parentId);
        var items = children.Skip(skip ?? 0).Take(Math.Min(take ?? 100, MaxTake))
            .Select(m => new MediaTreeItem(m.Key, m.Name, m.MediaTypeAlias, snapshot.ChildrenOf(m.Key).Count > 0, m.Url))
            .ToList();
        return TypedResults.Ok(new MediaTreeResponse(children.Count, items));
    }
}
