using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Cms.Management.Users;

/// <summary>
/// GET /user/current: who is calling. For a signed-in person it also renews the XSRF-TOKEN cookie, so a page can
/// always get a fresh token for its writes.
/// </summary>
internal static class GetCurrentUser
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapGet("/user/current", HandleAsync).RequireAuthorization(AuthorizationPolicies.BackOfficeUser);

    private static async Task<Results<Ok<UserResponseModel>, ProblemHttpResult>> HandleAsync(
        HttpContext context, CmsDbContext db, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var key = BackOfficePrincipal.KeyOf(context.User);
        var user = key is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Key == key, cancellationToken);
        if (user is null)
        {
            return ManagementProblems.NotFound("user");
        }

        if (BackOfficePrincipal.IsCookieUser(context.User))
        {
            XsrfProtection.IssueTokens(context, antiforgery);
        }

        return TypedResults.Ok(await UserMapping.ToResponseAsync(db, user, cancellationToken));
    }
}
