using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ZhuwaGen.Tourism.Cms.Management.Security;

/// <summary>
/// Umbraco's token endpoint for API users (OAuth2 client credentials). OpenIddict has already checked the client id
/// and secret when this runs; here the client becomes its API user, with that user's role.
/// </summary>
internal static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(ManagementApiRoutes.Token, IssueAsync).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> IssueAsync(HttpContext context, CmsDbContext db, CancellationToken cancellationToken)
    {
        var request = context.GetOpenIddictServerRequest();
        if (request is null || !request.IsClientCredentialsGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "Only the client_credentials grant is supported.");
        }

        var user = await db.Users.AsNoTracking()
            .SingleOrDefaultAsync(u => u.ClientId == request.ClientId && u.Kind == BackOfficeSchemes.ApiUserKind, cancellationToken);
        if (user is null)
        {
            return Refuse(Errors.InvalidClient, "The client is not an API user.");
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Key.ToString())
            .SetClaim(Claims.Name, user.ClientId)
            .SetClaim(Claims.Role, user.Role);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
