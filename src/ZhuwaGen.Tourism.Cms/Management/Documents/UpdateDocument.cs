using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>PUT /document/{id}: saves a new draft (the cultures and values named; the rest stay).</summary>
internal static class UpdateDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/document/{id:guid}", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentWrite);

    private static async Task<Results<Ok<DocumentResponseModel>, ProblemHttpResult>> HandleAsync(
        Guid id, UpdateDocumentRequestModel request, HttpContext context, DocumentService documents, SchemaRegistry schemas, CancellationToken cancellationToken)
    {
        var schema = schemas.Current;
        var edit = new DocumentEdit(DocumentMapping.Names(schema, request.Variants), DocumentMapping.Values(request.Values), request.Revision);
        var result = await documents.SaveDraftAsync(id, edit, CurrentUser.NameOf(context.User), cancellationToken);
        return result.Succeeded && result.Document is not null
            ? TypedResults.Ok(DocumentMapping.ToResponse(schema, result.Document))
            : ContentEditingProblems.For(result.Status, result.Errors);
    }
}
