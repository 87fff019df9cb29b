using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>POST /document: a new draft; 201 with its location (and Umbraco's Umb-Generated-Resource header).</summary>
internal static class CreateDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/document", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentWrite);

    private static async Task<Results<Created<DocumentResponseModel>, ProblemHttpResult>> HandleAsync(
        CreateDocumentRequestModel request, HttpContext context, DocumentService documents, SchemaRegistry schemas, CancellationToken cancellationToken)
    {
        var schema = schemas.Current;
        var type = schema.ContentTypes.FirstOrDefault(t => t.Key == request.DocumentType?.Id);
        if (type is null)
        {
            return ContentEditingProblems.For(ContentEditingOperationStatus.ContentTypeNotFound);
        }

        var create = new DocumentCreate(type.Alias, request.Parent?.Id, DocumentMapping.Names(schema, request.Variants), DocumentMapping.Values(request.Values), request.Id);
        var result = await documents.CreateAsync(create, CurrentUser.NameOf(context.User), cancellationToken);
        if (!result.Succeeded || result.Document is null)
        {
            return ContentEditingProblems.For(result.Status, result.Errors);
        }

        context.Response.Headers["Umb-Generated-Resource"] = result.Document.Key.ToString();
        return TypedResults.Created($"{ManagementApiRoutes.Base}/document/{result.Document.Key}", DocumentMapping.ToResponse(schema, result.Document));
    }
}
