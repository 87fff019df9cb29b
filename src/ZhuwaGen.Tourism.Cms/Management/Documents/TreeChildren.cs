using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>GET /tree/document/children?parentId=&amp;skip=&amp;take=: a document's children; 404 if the parent is unknown.</summary>
internal static class TreeChildren
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapGet("/tree/document/children", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentRead);

    private static async Task<Results<Ok<PagedResponse<DocumentTreeItemResponseModel>>, ProblemHttpResult>> HandleAsync(
        Guid parentId, DocumentQueries queries, SchemaRegistry schemas, CancellationToken cancellationToken, int skip = 0, int take = 100)
    {
        if (await DocumentTree.LevelAsync(parentId, skip, take, queries, schemas, cancellationToken) is { } level)
        {
            return TypedResults.Ok(level);
        }

        return ContentEditingProblems.For(ContentEditingOperationStatus.ParentNotFound);
    }
}
