using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Management.Documents;
using ZhuwaGen.Tourism.Cms.Management.OpenApi;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Schema;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Management.Users;

namespace ZhuwaGen.Tourism.Cms.Management;

public static class ManagementApi
{
    /// <summary>Back-office authentication (cookie and OAuth2 client credentials), the role policies and OpenAPI.</summary>
    public static IServiceCollection AddManagementApi(this IServiceCollection services)
    {
        services.AddOptions<ManagementApiOptions>().BindConfiguration(ManagementApiOptions.SectionName)
            .Validate(o => o.AccessTokenLifetime > TimeSpan.Zero && o.CookieLifetime > TimeSpan.Zero,
                "Cms:ManagementApi lifetimes must be positive.")
            .ValidateOnStart();
        services.AddBackOfficeAuthentication();
        services.AddScoped<ApiUserService>();
        services.AddManagementOpenApi();
        return services;
    }

    /// <summary>
    /// The Management API under /umbraco/management/api/v1, its token endpoint, OpenAPI document and UI. Needs
    /// UseAuthentication and UseAuthorization in the pipeline.
    /// </summary>
    public static IEndpointRouteBuilder MapManagementApi(this IEndpointRouteBuilder routes)
    {
        routes.MapTokenEndpoint();
        var api = routes.MapGroup(ManagementApiRoutes.Base).AddEndpointFilter<XsrfProtection.Filter>().AddEndpointFilter<PagingFilter>();

        TreeRoot.Map(api);
        TreeChildren.Map(api);
        GetDocument.Map(api);
        CreateDocument.Map(api);
        UpdateDocument.Map(api);
        ValidateDocument.Map(api);
        PublishDocument.Map(api);
        PublishDocumentWithDescendants.Map(api);
        UnpublishDocument.Map(api);
        ListDocumentVersions.Map(api);
        RollbackDocumentVersion.Map(api);
        MoveDocument.Map(api);
        CopyDocument.Map(api);
        SortDocuments.Map(api);
        MoveDocumentToRecycleBin.Map(api);
        RestoreDocument.Map(api);
        DeleteDocument.Map(api);

        ListDocumentTypes.Map(api);
        ListDataTypes.Map(api);
        ListLanguages.Map(api);
        ExportSchema.Map(api);

        ListUsers.Map(api);
        CreateUser.Map(api);
        UpdateUser.Map(api);
        CreateApiUser.Map(api);
        GetCurrentUser.Map(api);

        // Anything else under the API is a problem, not the site's page: a malformed GUID in a path is a 404, and so
        // is an unknown path; a body that is not JSON matches no operation (each takes JSON) and is a 400.
        api.Map("{**rest}", (HttpContext context) => context.Request.ContentType is { } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase)
                ? ManagementProblems.Problem(StatusCodes.Status400BadRequest, "Invalid request body", "The body must be JSON (Content-Type: application/json).")
                : ManagementProblems.Problem(StatusCodes.Status404NotFound, "Not found", "No Management API operation has this path."))
            .ExcludeFromDescription();

        routes.MapManagementOpenApi();
        return routes;
    }
}
