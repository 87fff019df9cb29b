using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ZhuwaGen.Tourism.Cms.Users;
using static ZhuwaGen.Tourism.Cms.Management.Problems.ManagementProblems;

namespace ZhuwaGen.Tourism.Cms.Management.Problems;

/// <summary>The one switch from <see cref="UserOperationStatus"/> to problem details.</summary>
internal static class UserProblems
{
    public static ProblemHttpResult For(UserOperationStatus status) => status switch
    {
        UserOperationStatus.InvalidName => InvalidRequest("name", "Enter a name of at most 255 characters."),
        UserOperationStatus.InvalidEmail => InvalidRequest("email", "Enter a valid email address."),
        UserOperationStatus.InvalidPassword => InvalidRequest("password", $"Choose a password of at least {UserService.MinimumPasswordLength} characters."),
        UserOperationStatus.UnknownStartNode => InvalidRequest("documentStartNodeIds", "Every document start node must be an existing document."),
        UserOperationStatus.NotFound => NotFound("user"),
        UserOperationStatus.DuplicateEmail => Problem(StatusCodes.Status400BadRequest, "Duplicate user name", "A user with this email already exists."),
        UserOperationStatus.LastAdministrator => Problem(StatusCodes.Status400BadRequest, "Last administrator", "The last enabled administrator must stay an administrator."),
        _ => Problem(StatusCodes.Status400BadRequest, "The user could not be created", status.ToString()),
    };
}
