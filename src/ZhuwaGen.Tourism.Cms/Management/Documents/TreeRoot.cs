using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>GET /tree/document/root?skip=&amp;take=: the root documents.</summary>
internal static class TreeRoot
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapGet("/tree/document/root", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentRead);

    private static async Task<Ok<PagedResponse<DocumentTreeItemResponseModel>>> HandleAsync(
        DocumentQueries queries, SchemaRegistry schemas, CancellationToken cancellationToken, int skip = 0, int take = 100) =>
        TypedResults.Ok((await DocumentTree.LevelAsync(null, skip, take, queries, schemas, cancellationToken))!);
}
