using System.Security.Claims;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Management.Security;

/// <summary>The principal of a signed-in person: key, name, email, role and security stamp, as the cookie carries them.</summary>
public static class BackOfficePrincipal
{
    /// <summary>The user's security stamp when the cookie was issued; the cookie is refused once the stamp changes.</summary>
    public const string SecurityStampClaim = "zg:security_stamp";

    public static ClaimsPrincipal Create(UserEntity user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Key.ToString()),
            new Claim(ClaimTypes.Name, user.Name),
            new Claim(ClaimTypes.Email, user.Email),
            new Claim(ClaimTypes.Role, user.Role),
            new Claim(SecurityStampClaim, user.SecurityStamp),
        ],
        BackOfficeSchemes.Cookie,
        ClaimTypes.Name,
        ClaimTypes.Role));

    /// <summary>Whether the request was authenticated by the sign-in cookie (and so needs the XSRF header to write).</summary>
    public static bool IsCookieUser(ClaimsPrincipal user) =>
        user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == BackOfficeSchemes.Cookie);

    /// <summary>The user's key: the cookie's name identifier, or the access token's subject.</summary>
    public static Guid? KeyOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub"), out var key) ? key : null;
}
