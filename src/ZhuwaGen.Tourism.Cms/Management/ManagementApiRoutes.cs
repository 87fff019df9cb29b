using Microsoft.AspNetCore.Http;

namespace ZhuwaGen.Tourism.Cms.Management;

public static class ManagementApiRoutes
{
    public const string Base = "/umbraco/management/api/v1";
    public const string Token = Base + "/security/back-office/token";

    /// <summary>The OpenAPI document of the Management API (JSON).</summary>
    public const string OpenApiDocumentName = "management";
    public const string OpenApiDocument = "/umbraco/openapi/" + OpenApiDocumentName + ".json";

    /// <summary>The API reference UI (Scalar, served from this host's own files).</summary>
    public const string OpenApiUi = "/umbraco/openapi";

    /// <summary>The back-office sign-in page and sign-out action (server-rendered).</summary>
    public const string Login = "/umbraco/login";
    public const string Logout = "/umbraco/logout";

    public static bool IsManagementApi(PathString path) =>
        path.StartsWithSegments(Base, StringComparison.OrdinalIgnoreCase);
}
