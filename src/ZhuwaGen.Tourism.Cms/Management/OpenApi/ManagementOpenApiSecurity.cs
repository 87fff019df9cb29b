using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Cms.Management.OpenApi;

/// <summary>
/// The two ways in, as OpenAPI security schemes: OAuth2 client credentials for API users (named "Backoffice-User",
/// Umbraco's name for its Management API scheme) and the back-office sign-in cookie. Each operation that needs
/// authorization requires either one; anonymous ones (the token endpoint) none.
/// </summary>
internal static class ManagementOpenApiSecurity
{
    public const string OAuth2 = "Backoffice-User";
    public const string Cookie = "Backoffice-Cookie";

    public static Task AddSchemesAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[OAuth2] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "An API user's client id and secret, exchanged for a bearer token (client credentials).",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri(ManagementApiRoutes.Token, UriKind.Relative),
                    Scopes = new Dictionary<string, string>(),
                },
            },
        };
        document.Components.SecuritySchemes[Cookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = BackOfficeSchemes.CookieName,
            Description = "The sign-in cookie from " + ManagementApiRoutes.Login + "; writes also send the "
                + BackOfficeSchemes.XsrfHeaderName + " header with the " + BackOfficeSchemes.XsrfCookieName + " cookie's value.",
        };
        return Task.CompletedTask;
    }

    public static Task AddRequirementsAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any())
        {
            return Task.CompletedTask;
        }

        // Two requirements, either of which is enough (OpenAPI ORs the entries of "security").
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OAuth2, context.Document)] = [] });
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Cookie, context.Document)] = [] });
        return Task.CompletedTask;
    }
}
