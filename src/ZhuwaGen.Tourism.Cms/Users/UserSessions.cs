using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Cms.Users;

/// <summary>
/// Server-side control of sign-in cookies: each cookie carries the user's security stamp, and a cookie is honoured
/// only while the stamp in the database still matches. Changing the stamp ends every session of that user at once.
/// The stamp is read through <see cref="SessionStampCache"/>: a cookie matching the cached stamp costs no query; any
/// other is checked against the database, so a new session is never refused because of the cache.
/// </summary>
public sealed class UserSessions(CmsDbContext db, SessionStampCache stamps)
{
    public static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public async Task<bool> IsValidAsync(Guid key, string? stamp, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(stamp))
        {
            return false;
        }

        if (stamps.TryGet(key, out var cached) && cached == stamp)
        {
            return true;
        }

        var version = stamps.Version;
        var current = await db.Users.AsNoTracking()
            .Where(u => u.Key == key && u.Kind != BackOfficeSchemes.ApiUserKind)
            .Select(u => u.SecurityStamp)
            .SingleOrDefaultAsync(cancellationToken);
        stamps.Set(key, current, version);
        return current == stamp;
    }

    /// <summary>Ends every session of the user: copies of their cookie stop working with the next request.</summary>
    public async Task RevokeAsync(Guid key, CancellationToken cancellationToken)
    {
        await db.Users.Where(u => u.Key == key).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, NewStamp()), cancellationToken);
        stamps.Evict(key);
    }
}
