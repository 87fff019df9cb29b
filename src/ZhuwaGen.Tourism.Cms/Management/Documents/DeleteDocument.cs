using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>DELETE /document/{id}: deletes a document that is in the recycle bin, with its descendants and versions.</summary>
internal static class DeleteDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapDelete("/document/{id:guid}", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentPublish);

    private static async Task<Results<Ok, ProblemHttpResult>> HandleAsync(
        Guid id, HttpContext context, RecycleBinService recycleBin, CancellationToken cancellationToken)
    {
        var status = await recycleBin.DeleteAsync(id, CurrentUser.NameOf(context.User), cancellationToken);
        return status == ContentEditingOperationStatus.Success ? TypedResults.Ok() : ContentEditingProblems.For(status);
    }
}
