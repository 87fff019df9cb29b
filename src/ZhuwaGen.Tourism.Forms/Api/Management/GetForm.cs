using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Api.Management;

/// <summary>GET /forms/{id}: the whole definition in every culture, with its revision (also the ETag).</summary>
internal static class GetForm
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) => group.MapGet("/{id:guid}", HandleAsync);

    private static async Task<Results<Ok<FormModel>, ProblemHttpResult>> HandleAsync(
        Guid id, HttpContext context, FormDefinitionService forms, CancellationToken cancellationToken)
    {
        if (await forms.GetAsync(id, cancellationToken) is not { } stored)
        {
            return FormsProblems.FormNotFound();
        }

        FormEtag.Set(context, stored.Revision);
        return TypedResults.Ok(FormModelMapping.ToModel(stored));
    }
}
