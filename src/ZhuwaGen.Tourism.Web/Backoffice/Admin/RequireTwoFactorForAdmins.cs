using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.Web.Backoffice.Admin;

/// <summary>
/// With <c>Cms:Security:RequireTwoFactorForAdmins</c>, an administrator signed in without a second factor is sent to
/// set one up before any other back-office screen, and the Management API refuses their cookie (403) until then.
/// The cookie says whether a second factor is on; turning it on or off re-issues the cookie and ends other sessions,
/// so the claim cannot go stale.
/// </summary>
internal sealed class RequireTwoFactorForAdmins(IOptionsMonitor<SignInSecurityOptions> options) : IMiddleware
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var user = context.User;
        if (!options.CurrentValue.RequireTwoFactorForAdmins
            || !BackOfficePrincipal.IsCookieUser(user) || !user.IsInRole(UserRoles.Admin) || BackOfficePrincipal.HasTwoFactor(user)
            || !context.Request.Path.StartsWithSegments("/umbraco", StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments(BackofficeRoutes.Assets, StringComparison.OrdinalIgnoreCase)
            || context.GetEndpoint()?.Metadata.GetMetadata<AllowWithoutTwoFactorAttribute>() is not null)
        {
            await next(context);
            return;
        }

        if (ManagementApiRoutes.IsManagementApi(context.Request.Path))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(
                new { title = "Two-factor sign-in required", status = 403, detail = "Administrators must turn on two-factor sign-in at " + AdminRoutes.TwoFactor + "." },
                options: null,
                contentType: "application/problem+json",
                context.RequestAborted);
            return;
        }

        context.Response.Redirect(AdminRoutes.TwoFactor);
    }
}
