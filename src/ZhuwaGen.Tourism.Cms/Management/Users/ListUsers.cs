using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Management.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Cms.Management.Users;

/// <summary>GET /user?skip=&amp;take=: every user, people and API users, by name.</summary>
internal static class ListUsers
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapGet("/user", HandleAsync).RequireAuthorization(AuthorizationPolicies.Admin);

    private static async Task<Ok<PagedResponse<UserResponseModel>>> HandleAsync(
        CmsDbContext db, CancellationToken cancellationToken, int skip = 0, int take = 100)
    {
        var total = await db.Users.CountAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Name).ThenBy(u => u.Id)
            .Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 0, 1000)).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<UserResponseModel>(total, await UserMapping.ToResponsesAsync(db, users, cancellationToken)));
    }
}
