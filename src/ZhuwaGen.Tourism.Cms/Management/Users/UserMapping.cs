using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Management.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.Cms.Management.Users;

internal static class UserMapping
{
    public static readonly IReadOnlyList<string> Roles = [UserRoles.Admin, UserRoles.Editor, UserRoles.Writer, UserRoles.GuesthouseOwner];

    public static bool IsRole(string? role) => role is not null && Roles.Contains(role, StringComparer.Ordinal);

    public static UserResponseModel ToResponse(UserEntity user, IEnumerable<Guid> startNodes) =>
        new(user.Key, user.Name, user.Email, user.Role, user.Kind, user.ClientId, user.CreateDate,
            startNodes.Select(k => new ReferenceByIdModel(k)).ToList());

    /// <summary>The users as responses, with their start nodes read in one query.</summary>
    public static async Task<List<UserResponseModel>> ToResponsesAsync(CmsDbContext db, IReadOnlyList<UserEntity> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id).ToList();
        var nodes = (await db.UserStartNodes.AsNoTracking().Where(s => ids.Contains(s.UserId)).OrderBy(s => s.Id).ToListAsync(cancellationToken))
            .ToLookup(s => s.UserId, s => s.DocumentKey);
        return users.Select(u => ToResponse(u, nodes[u.Id])).ToList();
    }

    public static async Task<UserResponseModel> ToResponseAsync(CmsDbContext db, UserEntity user, CancellationToken cancellationToken) =>
        (await ToResponsesAsync(db, [user], cancellationToken))[0];
}
