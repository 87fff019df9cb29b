using System.Security.Claims;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Forms.Bookings;

namespace ZhuwaGen.Tourism.Web.Backoffice.Bookings;

/// <summary>The signed-in manager as the bookings record them: the account's key and the name shown to the others.</summary>
public static class CurrentManager
{
    public static Manager Of(ClaimsPrincipal user) =>
        new(BackOfficePrincipal.KeyOf(user) ?? Guid.Empty, user.Identity?.Name is { Length: > 0 } name ? name : CurrentUser.NameOf(user));
}
