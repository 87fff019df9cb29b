using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>PUT /document/{id}/unpublish: the cultures named (none, or a mandatory one: the whole document).</summary>
internal static class UnpublishDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/document/{id:guid}/unpublish", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentPublish);

    private static async Task<Results<Ok, ProblemHttpResult>> HandleAsync(
        Guid id, UnpublishDocumentRequestModel request, HttpContext context, PublishingService publishing, CancellationToken cancellationToken)
    {
        var result = await publishing.UnpublishAsync(id, request.Cultures ?? [], CurrentUser.NameOf(context.User), cancellationToken);
        return result.Succeeded ? TypedResults.Ok() : PublishingProblems.For(result);
    }
}
