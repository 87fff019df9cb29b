using System.Security.Claims;

namespace ZhuwaGen.Tourism.Cms.Management.Security;

/// <summary>The name written to the audit trail for the signed-in user or API client.</summary>
public static class CurrentUser
{
    public static string NameOf(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Email)
        ?? user.FindFirstValue("email")
        ?? user.Identity?.Name
        ?? user.FindFirstValue("client_id")
        ?? user.FindFirstValue("sub")
        ?? "unknown";
}
