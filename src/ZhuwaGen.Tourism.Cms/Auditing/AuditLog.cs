using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Auditing;

public sealed record AuditEntry(DateTime Timestamp, string UserName, string Action, Guid? DocumentKey, string? Cultures, string? Details);

/// <summary>
/// Who did what, when. Entries are added to the caller's unit of work so that they commit, or roll back,
/// with the change they describe.
/// </summary>
public sealed class AuditLog(CmsDbContext db, TimeProvider clock)
{
    public void Add(string userName, string action, Guid? documentKey, IEnumerable<string>? cultures = null, string? details = null) =>
        db.AuditEntries.Add(new AuditEntryEntity
        {
            Timestamp = clock.GetUtcNow().UtcDateTime,
            UserName = userName,
            Action = action,
            DocumentKey = documentKey,
            Cultures = cultures is null ? null : string.Join(',', cultures),
            Details = details,
        });

    /// <summary>An entry about no document (an administrator's action), written at once.</summary>
    public Task RecordAsync(string userName, string action, string details, CancellationToken cancellationToken)
    {
        Add(userName, action, documentKey: null, details: details);
        return db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ForDocumentAsync(Guid key, CancellationToken cancellationToken) =>
        await db.AuditEntries.AsNoTracking()
            .Where(a => a.DocumentKey == key)
            .OrderBy(a => a.Id)
            .Select(a => new AuditEntry(a.Timestamp, a.UserName, a.Action, a.DocumentKey, a.Cultures, a.Details))
            .ToListAsync(cancellationToken);

    /// <summary>The newest entries first, a page at a time: the back-office's audit trail.</summary>
    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int skip, int take, CancellationToken cancellationToken) =>
        await db.AuditEntries.AsNoTracking()
            .OrderByDescending(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => new AuditEntry(a.Timestamp, a.UserName, a.Action, a.DocumentKey, a.Cultures, a.Details))
            .ToListAsync(cancellationToken);
}
