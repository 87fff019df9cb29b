using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Api.Management;

/// <summary>DELETE /forms/{id}: removes a form no entry and no document uses; 409 naming what still uses it.</summary>
internal static class DeleteForm
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapDelete("/{id:guid}", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentPublish);

    private static async Task<Results<Ok, ProblemHttpResult>> HandleAsync(Guid id, FormDefinitionService forms, CancellationToken cancellationToken)
    {
        var result = await forms.DeleteAsync(id, cancellationToken);
        return result.Succeeded ? TypedResults.Ok() : FormManagementProblems.For(result);
    }
}
