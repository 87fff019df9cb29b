using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.Cms.Management.Users;

/// <summary>POST /user/api-user: an API user with one role; answers its client id and secret, this once.</summary>
internal static class CreateApiUser
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/user/api-user", HandleAsync).RequireAuthorization(AuthorizationPolicies.Admin);

    private static async Task<Results<Created<ApiUserCredentialsResponseModel>, ProblemHttpResult>> HandleAsync(
        CreateApiUserRequestModel request, ApiUserService apiUsers, CancellationToken cancellationToken)
    {
        if (!UserMapping.IsRole(request.Role))
        {
            return ManagementProblems.InvalidRequest("role", "The role must be one of: " + string.Join(", ", UserMapping.Roles) + ".");
        }

        var (status, credentials) = await apiUsers.CreateAsync(request.Name ?? string.Empty, request.Role!, cancellationToken);
        return status == UserOperationStatus.Success && credentials is not null
            ? TypedResults.Created($"{ManagementApiRoutes.Base}/user/{credentials.Id}", credentials)
            : UserProblems.For(status);
    }
}
