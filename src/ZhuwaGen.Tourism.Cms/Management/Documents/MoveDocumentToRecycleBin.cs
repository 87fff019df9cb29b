using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>PUT /document/{id}/move-to-recycle-bin: the branch leaves the site, unpublished.</summary>
internal static class MoveDocumentToRecycleBin
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/document/{id:guid}/move-to-recycle-bin", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentPublish);

    private static async Task<Results<Ok, ProblemHttpResult>> HandleAsync(
        Guid id, HttpContext context, RecycleBinService recycleBin, CancellationToken cancellationToken)
    {
        var status = await recycleBin.TrashAsync(id, CurrentUser.NameOf(context.User), cancellationToken);
        return status == ContentEditingOperationStatus.Success ? TypedResults.Ok() : ContentEditingProblems.For(status);
    }
}
