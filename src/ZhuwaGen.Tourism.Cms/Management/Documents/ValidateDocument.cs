using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>PUT /document/{id}/validate: checks an update without saving it; 200, or 400 with the errors.</summary>
internal static class ValidateDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/document/{id:guid}/validate", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentWrite);

    private static async Task<Results<Ok, ProblemHttpResult>> HandleAsync(
        Guid id, UpdateDocumentRequestModel request, DocumentService documents, SchemaRegistry schemas, CancellationToken cancellationToken)
    {
        var edit = new DocumentEdit(DocumentMapping.Names(schemas.Current, request.Variants), DocumentMapping.Values(request.Values));
        var result = await documents.ValidateAsync(id, edit, cancellationToken);
        return result.Succeeded ? TypedResults.Ok() : ContentEditingProblems.For(result.Status, result.Errors);
    }
}
