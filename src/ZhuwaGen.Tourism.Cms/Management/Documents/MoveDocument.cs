using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>PUT /document/{id}/move: under target (null: the root), last among its new siblings.</summary>
internal static class MoveDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/document/{id:guid}/move", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentPublish);

    private static async Task<Results<Ok, ProblemHttpResult>> HandleAsync(
        Guid id, MoveDocumentRequestModel request, HttpContext context, DocumentTreeService tree, CancellationToken cancellationToken)
    {
        var status = await tree.MoveAsync(id, request.Target?.Id, CurrentUser.NameOf(context.User), cancellationToken);
        return status == ContentEditingOperationStatus.Success ? TypedResults.Ok() : ContentEditingProblems.For(status);
    }
}
