using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>POST /document/{id}/copy: an unpublished copy (optionally with descendants); 201 with the copy's location.</summary>
internal static class CopyDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/document/{id:guid}/copy", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentWrite);

    private static async Task<Results<Created, ProblemHttpResult>> HandleAsync(
        Guid id, CopyDocumentRequestModel request, HttpContext context, DocumentTreeService tree, CancellationToken cancellationToken)
    {
        var (status, key) = await tree.CopyAsync(id, request.Target?.Id, request.IncludeDescendants, CurrentUser.NameOf(context.User), cancellationToken);
        if (status != ContentEditingOperationStatus.Success || key is null)
        {
            return ContentEditingProblems.For(status);
        }

        context.Response.Headers["Umb-Generated-Resource"] = key.Value.ToString();
        return TypedResults.Created($"{ManagementApiRoutes.Base}/document/{key}");
    }
}
