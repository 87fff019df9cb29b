using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Cms.Users;

/// <summary>
/// Server-side control of sign-in cookies: each cookie carries the user's security stamp, and a cookie is honoured
/// only while the stamp in the database still matches. Changing the stamp ends every session of that user at once.
/// </summary>
public sealed class UserSessions(CmsDbContext db)
{
    public static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public Task<bool> IsValidAsync(Guid key, string? stamp, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(stamp)
            ? Task.FromResult(false)
            : db.Users.AsNoTracking().AnyAsync(
                u => u.Key == key && u.SecurityStamp == stamp && u.Kind != BackOfficeSchemes.ApiUserKind, cancellationToken);

    /// <summary>Ends every session of the user: copies of their cookie stop working with the next request.</summary>
    public Task RevokeAsync(Guid key, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Key == key).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, NewStamp()), cancellationToken);
}
