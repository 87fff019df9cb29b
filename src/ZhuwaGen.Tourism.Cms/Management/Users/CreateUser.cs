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

/// <summary>POST /user: a person who signs in with email and password, with one role and optionally document start nodes.</summary>
internal static class CreateUser
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/user", HandleAsync).RequireAuthorization(AuthorizationPolicies.Admin);

    private static async Task<Results<Created<UserResponseModel>, ProblemHttpResult>> HandleAsync(
        CreateUserRequestModel request, UserService users, UserStartNodes startNodes, CmsDbContext db, CancellationToken cancellationToken)
    {
        if (!UserMapping.IsRole(request.Role))
        {
            return ManagementProblems.InvalidRequest("role", "The role must be one of: " + string.Join(", ", UserMapping.Roles) + ".");
        }

        var nodes = request.DocumentStartNodeIds?.Select(r => r.Id).ToList() ?? [];
        if (!await startNodes.AllExistAsync(nodes, cancellationToken))
        {
            return UserProblems.For(UserOperationStatus.UnknownStartNode);
        }

        // The start nodes go in with the user, in one transaction: an owner never exists unbound for a moment.
        var status = await users.CreateAsync(request.Name ?? string.Empty, request.Email ?? string.Empty, request.Password ?? string.Empty, request.Role!, nodes, cancellationToken);
        if (status != UserOperationStatus.Success)
        {
            return UserProblems.For(status);
        }

        var email = request.Email!.Trim().ToLowerInvariant();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email, cancellationToken);

        return TypedResults.Created($"{ManagementApiRoutes.Base}/user/{user.Key}", await UserMapping.ToResponseAsync(db, user, cancellationToken));
    }
}
