using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Newtonsoft.Json;
using ZhuwaGen.Tourism.Cms.Management.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Management.Schema;

/// <summary>GET /data-type: every data type with its configuration as Umbraco's alias/value pairs.</summary>
internal static class ListDataTypes
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapGet("/data-type", Handle).RequireAuthorization(AuthorizationPolicies.ContentRead);

    private static Ok<PagedResponse<DataTypeResponseModel>> Handle(SchemaRegistry schemas)
    {
        var items = schemas.Current.DataTypes.Select(d => new DataTypeResponseModel(
                d.Key,
                d.Alias,
                d.Name,
                d.EditorAlias,
                d.EditorUiAlias,
                d.Config.Properties().Select(p => new DataTypePropertyModel(p.Name, JsonNode.Parse(p.Value.ToString(Formatting.None)))).ToList()))
            .ToList();
        return TypedResults.Ok(new PagedResponse<DataTypeResponseModel>(items.Count, items));
    }
}
