using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ZhuwaGen.Tourism.Floor;

/// <summary>The site's sign-in stack: a cookie for the back-office and OpenIddict's client-credentials server with its EF Core stores.</summary>
internal static class Auth
{
    public static void Add(IServiceCollection services)
    {
        services.AddAuthentication("cookie").AddCookie("cookie");
        services.AddAuthorization();
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<FloorDb>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris("connect/token");
                o.AllowClientCredentialsFlow();
                o.UseDataProtection();
                o.AddEncryptionKey(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)));
                o.AddSigningKey(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)));
                o.DisableTokenStorage();
                o.UseAspNetCore().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseDataProtection();
                o.UseAspNetCore();
            });
    }
}
