using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>GET /document-version?documentId=&amp;skip=&amp;take=: a document's versions, newest first.</summary>
internal static class ListDocumentVersions
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapGet("/document-version", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentRead);

    private static async Task<Results<Ok<PagedResponse<DocumentVersionItemResponseModel>>, ProblemHttpResult>> HandleAsync(
        Guid documentId, DocumentQueries queries, CancellationToken cancellationToken, int skip = 0, int take = 100)
    {
        if (await queries.GetAsync(documentId, cancellationToken) is null)
        {
            return ContentEditingProblems.For(ContentEditingOperationStatus.NotFound);
        }

        var versions = await queries.GetVersionsAsync(documentId, cancellationToken);
        var items = versions.Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 0, 1000))
            .Select(v => new DocumentVersionItemResponseModel(
                v.Id, new ReferenceByIdModel(documentId), v.VersionDate, v.CreatedBy, v.IsCurrentDraft, v.IsCurrentPublished, v.PublishedCultures))
            .ToList();
        return TypedResults.Ok(new PagedResponse<DocumentVersionItemResponseModel>(versions.Count, items));
    }
}
