using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Management.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Management.Schema;

/// <summary>GET /document-type: every document and element type with its own properties (compositions by alias).</summary>
internal static class ListDocumentTypes
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapGet("/document-type", Handle).RequireAuthorization(AuthorizationPolicies.ContentRead);

    private static Ok<PagedResponse<DocumentTypeResponseModel>> Handle(SchemaRegistry schemas)
    {
        var items = schemas.Current.ContentTypes.Select(ToResponse).ToList();
        return TypedResults.Ok(new PagedResponse<DocumentTypeResponseModel>(items.Count, items));
    }

    private static DocumentTypeResponseModel ToResponse(ContentType type) => new(
        type.Key,
        type.Alias,
        type.Name,
        type.Icon,
        type.Description,
        type.AllowAtRoot,
        type.IsElement,
        type.VariesByCulture,
        type.Compositions,
        type.AllowedChildren,
        type.Properties.Select(p => new DocumentTypePropertyResponseModel(
            p.Key, p.Alias, p.Name, p.Description, new ReferenceByIdModel(p.DataTypeKey), p.EditorAlias, p.Mandatory, p.ValidationRegex,
            p.VariesByCulture, p.GroupAlias, p.SortOrder)).ToList());
}
