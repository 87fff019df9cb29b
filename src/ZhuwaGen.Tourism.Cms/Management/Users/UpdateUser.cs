using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.Cms.Management.Users;

/// <summary>
/// PUT /user/{id}: an administrator renames a user, changes the role (which ends the user's sessions) or replaces the
/// document start nodes — how a guesthouse owner is bound to their guesthouses, as Umbraco's documentStartNodeIds.
/// </summary>
internal static class UpdateUser
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/user/{id:guid}", HandleAsync).RequireAuthorization(AuthorizationPolicies.Admin);

    private static async Task<Results<Ok<UserResponseModel>, ProblemHttpResult>> HandleAsync(
        Guid id, UpdateUserRequestModel request, UserService users, UserStartNodes startNodes, CmsDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Key == id, cancellationToken);
        if (user is null)
        {
            return ManagementProblems.NotFound("user");
        }

        if (request.Role is not null && !UserMapping.IsRole(request.Role))
        {
            return ManagementProblems.InvalidRequest("role", "The role must be one of: " + string.Join(", ", UserMapping.Roles) + ".");
        }

        if (request.Name is not null && (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 255))
        {
            return UserProblems.For(UserOperationStatus.InvalidName);
        }

        var nodes = request.DocumentStartNodeIds?.Select(r => r.Id).ToList();
        if (nodes is not null && !await startNodes.AllExistAsync(nodes, cancellationToken))
        {
            return UserProblems.For(UserOperationStatus.UnknownStartNode);
        }

        // The role first: it is the one change that can be refused (the last administrator), and then nothing changes.
        if (request.Role is not null && request.Role != user.Role
            && await users.ChangeRoleAsync(id, request.Role, cancellationToken) is var roleStatus && roleStatus != UserOperationStatus.Success)
        {
            return UserProblems.For(roleStatus);
        }

        if (request.Name is not null)
        {
            await db.Users.Where(u => u.Key == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Name, request.Name.Trim()), cancellationToken);
        }

        if (nodes is not null)
        {
            await startNodes.SetAsync(id, nodes, cancellationToken);
        }

        var updated = await db.Users.AsNoTracking().SingleAsync(u => u.Key == id, cancellationToken);
        return TypedResults.Ok(await UserMapping.ToResponseAsync(db, updated, cancellationToken));
    }
}
