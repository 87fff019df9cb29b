using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Management.Schema;

/// <summary>GET /schema/export: the content model in the database, written as umbraco.config XML.</summary>
internal static class ExportSchema
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapGet("/schema/export", HandleAsync).RequireAuthorization(AuthorizationPolicies.Admin);

    private static async Task<ContentHttpResult> HandleAsync(SchemaStore store, IEnumerable<ISchemaSection> sections, CancellationToken cancellationToken) =>
        TypedResults.Text(
            SchemaFileWriter.Write(await store.LoadAsync(cancellationToken), sections.Select(s => s.Write())), "application/xml; charset=utf-8");
}
