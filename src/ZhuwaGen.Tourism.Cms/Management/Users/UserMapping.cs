using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.Cms.Management.Users;

internal static class UserMapping
{
    public static readonly IReadOnlyList<string> Roles = [UserRoles.Admin, UserRoles.Editor, UserRoles.Writer, UserRoles.GuesthouseOwner];

    public static bool IsRole(string? role) => role is not null && Roles.Contains(role, StringComparer.Ordinal);

    public static UserResponseModel ToResponse(UserEntity user) =>
        new(user.Key, user.Name, user.Email, user.Role, user.Kind, user.ClientId, user.CreateDate);
}
