using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>GET /document/{id}: the document's draft with each culture's state.</summary>
internal static class GetDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapGet("/document/{id:guid}", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentRead);

    private static async Task<Results<Ok<DocumentResponseModel>, ProblemHttpResult>> HandleAsync(
        Guid id, DocumentQueries queries, SchemaRegistry schemas, CancellationToken cancellationToken)
    {
        var view = await queries.GetAsync(id, cancellationToken);
        return view is null
            ? ContentEditingProblems.For(ContentEditingOperationStatus.NotFound)
            : TypedResults.Ok(DocumentMapping.ToResponse(schemas.Current, view));
    }
}
