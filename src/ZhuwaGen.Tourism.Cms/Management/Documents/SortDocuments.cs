using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>PUT /document/sort: the children of parent (null: the root) in the order of their sortOrder.</summary>
internal static class SortDocuments
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/document/sort", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentPublish);

    private static async Task<Results<Ok, ProblemHttpResult>> HandleAsync(
        SortingRequestModel request, HttpContext context, DocumentTreeService tree, CancellationToken cancellationToken)
    {
        var ordered = (request.Sorting ?? []).OrderBy(s => s.SortOrder).Select(s => s.Id).ToList();
        var status = await tree.SortAsync(request.Parent?.Id, ordered, CurrentUser.NameOf(context.User), cancellationToken);
        return status == ContentEditingOperationStatus.Success ? TypedResults.Ok() : ContentEditingProblems.For(status);
    }
}
