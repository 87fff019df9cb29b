using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>PUT /recycle-bin/document/{id}/restore: back under its old parent, or under target; unpublished.</summary>
internal static class RestoreDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/recycle-bin/document/{id:guid}/restore", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentPublish);

    private static async Task<Results<Ok, ProblemHttpResult>> HandleAsync(
        Guid id, MoveDocumentRequestModel request, HttpContext context, RecycleBinService recycleBin, CancellationToken cancellationToken)
    {
        var status = await recycleBin.RestoreAsync(id, request.Target?.Id, CurrentUser.NameOf(context.User), cancellationToken);
        return status == ContentEditingOperationStatus.Success ? TypedResults.Ok() : ContentEditingProblems.For(status);
    }
}
