using System.Security.Claims;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Management.Security;

/// <summary>The principal of a signed-in person: key, name, email, role and security stamp, as the cookie carries them.</summary>
public static class BackOfficePrincipal
{
    /// <summary>The user's security stamp when the cookie was issued; the cookie is refused once the stamp changes.</summary>
    public const string SecurityStampClaim = "zg:security_stamp";

    /// <summary>Present ("on") when the user signed in with a second factor; turning it on or off re-issues the cookie.</summary>
    public const string TwoFactorClaim = "zg:two_factor";

    public static ClaimsPrincipal Create(UserEntity user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Key.ToString()),
            new Claim(ClaimTypes.Name, user.Name),
            new Claim(ClaimTypes.Email, user.Email),
            new Claim(ClaimTypes.Role, user.Role),
            new Claim(SecurityStampClaim, user.SecurityStamp),
            .. user.TwoFactorSecret is null ? Array.Empty<Claim>() : [new Claim(TwoFactorClaim, "on")],
        ],
        BackOfficeSchemes.Cookie,
        ClaimTypes.Name,
        ClaimTypes.Role));

    public static bool HasTwoFactor(ClaimsPrincipal user) => user.HasClaim(TwoFactorClaim, "on");

    /// <summary>Whether the request was authenticated by the sign-in cookie (and so needs the XSRF header to write).</summary>
    public static bool IsCookieUser(ClaimsPrincipal user) =>
        user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == BackOfficeSchemes.Cookie);

    /// <summary>The user's key: the cookie's name identifier, or the access token's subject.</summary>
    public static Guid? KeyOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub"), out var key) ? key : null;
}
