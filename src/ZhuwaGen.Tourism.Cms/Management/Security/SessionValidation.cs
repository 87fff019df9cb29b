using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.Cms.Management.Security;

/// <summary>
/// Checks each sign-in cookie against the database: a cookie whose security stamp no longer matches its user (after
/// sign-out, a password or role change, or a deleted user) is refused and cleared, so a copied cookie dies with its
/// session. The stamp is cached per user for a few seconds (<see cref="SessionStampCache"/>): a stamp changed on this
/// instance is evicted at once, so revocation takes effect on its very next request here, and within the cache's
/// duration on other instances.
/// </summary>
internal static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var key = context.Principal is null ? null : BackOfficePrincipal.KeyOf(context.Principal);
        var stamp = context.Principal?.FindFirst(BackOfficePrincipal.SecurityStampClaim)?.Value;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        if (key is null || !await sessions.IsValidAsync(key.Value, stamp, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(BackOfficeSchemes.Cookie);
        }
    }
}
