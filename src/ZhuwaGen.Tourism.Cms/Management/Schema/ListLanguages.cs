using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Management.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Management.Schema;

/// <summary>GET /language: the site's languages, default first.</summary>
internal static class ListLanguages
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapGet("/language", Handle).RequireAuthorization(AuthorizationPolicies.ContentRead);

    private static Ok<PagedResponse<LanguageResponseModel>> Handle(SchemaRegistry schemas)
    {
        var items = schemas.Current.Languages
            .Select(l => new LanguageResponseModel(l.IsoCode, l.CultureName, l.IsDefault, l.IsMandatory, l.FallbackIsoCode)).ToList();
        return TypedResults.Ok(new PagedResponse<LanguageResponseModel>(items.Count, items));
    }
}
