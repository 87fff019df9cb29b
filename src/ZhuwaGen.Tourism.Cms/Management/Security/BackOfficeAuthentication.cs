using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.Cms.Management.Security;

/// <summary>
/// Cookie sign-in for people, OAuth2 client credentials (OpenIddict) for API users, and the role policies that accept
/// either. Every key that protects a credential — the cookie, antiforgery tokens and access tokens — comes from the
/// ASP.NET Core Data Protection key ring kept in the database, so any instance accepts what another issued.
/// </summary>
internal static class BackOfficeAuthentication
{
    public static IServiceCollection AddBackOfficeAuthentication(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("ZhuwaGen.Tourism").PersistKeysToDbContext<CmsDbContext>();
        services.AddAntiforgery(o => o.HeaderName = BackOfficeSchemes.XsrfHeaderName);

        services.AddAuthentication(BackOfficeSchemes.Cookie)
            .AddPolicyScheme(BackOfficeSchemes.CookieOrBearer, "Back-office cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BackOfficeSchemes.Bearer
                    : BackOfficeSchemes.Cookie)
            .AddCookie(BackOfficeSchemes.Cookie, o =>
        {
            o.Cookie.Name = BackOfficeSchemes.CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Always when Cms:Security:RequireHttpsCookies
            o.SlidingExpiration = true;
            o.LoginPath = ManagementApiRoutes.Login;
            o.AccessDeniedPath = ManagementApiRoutes.Login;
            o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
        });
        services.AddOptions<CookieAuthenticationOptions>(BackOfficeSchemes.Cookie)
            .Configure<IOptions<ManagementApiOptions>, IOptions<SignInSecurityOptions>>((cookie, api, security) =>
            {
                cookie.ExpireTimeSpan = api.Value.CookieLifetime;
                if (security.Value.RequireHttpsCookies)
                {
                    cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                }
            });

        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<CmsDbContext>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris(ManagementApiRoutes.Token.TrimStart('/'));
                o.AllowClientCredentialsFlow();

                // Access tokens use the Data Protection format: protected by the database key ring, so every
                // instance validates every other's tokens. OpenIddict 7.8 still insists on one encryption and one
                // asymmetric signing key at start-up; with client credentials only (no identity tokens, no JWKS
                // endpoint, no refresh tokens) these keys protect nothing, so per-instance keys are harmless. They are
                // a symmetric key and a P-256 key, made in microseconds: the ephemeral RSA pair OpenIddict offers is
                // generated on the first request and cost seconds of it (measured with dotnet-trace).
                o.UseDataProtection();
                o.AddEncryptionKey(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)));
                o.AddSigningKey(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)));

                // Tokens live their hour and are not stored: there is no row per token to prune.
                o.DisableTokenStorage();

                // Kestrel serves plain http behind the TLS-terminating proxy (and on loopback in development), so
                // OpenIddict's own "https only" check would refuse every token request.
                o.UseAspNetCore().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseDataProtection();
                o.UseAspNetCore();
            });
        services.AddOptions<OpenIddictServerOptions>()
            .Configure<IOptions<ManagementApiOptions>>((server, api) => server.AccessTokenLifetime = api.Value.AccessTokenLifetime);

        services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.ContentRead, p => Roles(p, UserRoles.Admin, UserRoles.Editor, UserRoles.Writer))
            .AddPolicy(AuthorizationPolicies.ContentWrite, p => Roles(p, UserRoles.Admin, UserRoles.Editor, UserRoles.Writer))
            .AddPolicy(AuthorizationPolicies.ContentPublish, p => Roles(p, UserRoles.Admin, UserRoles.Editor))
            .AddPolicy(AuthorizationPolicies.Admin, p => Roles(p, UserRoles.Admin))
            .AddPolicy(AuthorizationPolicies.BackOfficeUser, p => p
                .AddAuthenticationSchemes(BackOfficeSchemes.CookieOrBearer)
                .RequireAuthenticatedUser());
        return services;
    }

    private static void Roles(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy, params string[] roles) =>
        policy.AddAuthenticationSchemes(BackOfficeSchemes.CookieOrBearer).RequireRole(roles);

    // An API call gets a status code, never a redirect to the sign-in page.
    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (ManagementApiRoutes.IsManagementApi(context.Request.Path))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
