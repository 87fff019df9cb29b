using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Cms.Publishing;

/// <summary>
/// Scheduled publish and unpublish per culture. The schedule is stored on the item (so editors see it) and
/// <see cref="RunDueAsync"/> carries it out; a scheduled publish that cannot happen is written to the audit trail
/// and the log with its reason instead of failing silently.
/// </summary>
public sealed class SchedulingService(
    CmsDbContext db,
    PublishingService publishing,
    AuditLog audit,
    TimeProvider clock,
    ILogger<SchedulingService> logger)
{
    public const string SchedulerUser = "scheduler";

    public async Task<ContentPublishingOperationStatus> ScheduleAsync(
        Guid key, IReadOnlyList<CultureSchedule> schedules, string userName, CancellationToken cancellationToken)
    {
        var document = await db.Documents.Include(d => d.Cultures).SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (document is null)
        {
            return ContentPublishingOperationStatus.ContentNotFound;
        }

        if (document.Trashed)
        {
            return ContentPublishingOperationStatus.InTrash;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var schedule in schedules)
        {
            var state = document.Cultures.FirstOrDefault(c => string.Equals(c.Culture, schedule.Culture, StringComparison.OrdinalIgnoreCase));
            if (state is null)
            {
                return ContentPublishingOperationStatus.InvalidCulture;
            }

            var publishAt = schedule.PublishAt?.ToUniversalTime();
            var unpublishAt = schedule.UnpublishAt?.ToUniversalTime();
            if (publishAt <= now || unpublishAt <= now || (publishAt is not null && unpublishAt <= publishAt))
            {
                return ContentPublishingOperationStatus.InvalidSchedule;
            }

            state.ScheduledPublishDate = publishAt;
            state.ScheduledUnpublishDate = unpublishAt;
        }

        document.Revision++;
        audit.Add(userName, AuditActions.Schedule, key, schedules.Select(s => s.Culture),
            string.Join("; ", schedules.Select(s => $"{s.Culture}: publish {s.PublishAt:O}, unpublish {s.UnpublishAt:O}")));
        await db.SaveChangesAsync(cancellationToken);
        return ContentPublishingOperationStatus.Success;
    }

    /// <summary>Publishes and unpublishes everything due at <paramref name="now"/>. Returns how many items changed.</summary>
    public async Task<int> RunDueAsync(DateTime now, CancellationToken cancellationToken)
    {
        var duePublish = await db.DocumentCultures.AsNoTracking()
            .Where(c => c.ScheduledPublishDate != null && c.ScheduledPublishDate <= now)
            .Join(db.Documents, c => c.DocumentId, d => d.Id, (c, d) => new { d.Key, d.Level, c.Culture })
            .ToListAsync(cancellationToken);
        var dueUnpublish = await db.DocumentCultures.AsNoTracking()
            .Where(c => c.ScheduledUnpublishDate != null && c.ScheduledUnpublishDate <= now)
            .Join(db.Documents, c => c.DocumentId, d => d.Id, (c, d) => new { d.Key, d.Level, c.Culture })
            .ToListAsync(cancellationToken);

        var changed = 0;
        foreach (var group in duePublish.GroupBy(d => new { d.Key, d.Level }).OrderBy(g => g.Key.Level))
        {
            var cultures = group.Select(g => g.Culture).ToList();
            var result = await publishing.PublishAsync(group.Key.Key, cultures, SchedulerUser, cancellationToken);
            if (result.Succeeded)
            {
                // The publish only clears schedules due by the clock; clear what this run carried out at its own time.
                await ClearAsync(group.Key.Key, cultures, publish: true, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                changed++;
                continue;
            }

            logger.LogWarning("Scheduled publish of {Key} ({Cultures}) failed: {Status}", group.Key.Key, cultures, result.Status);
            await ClearAsync(group.Key.Key, cultures, publish: true, cancellationToken);
            audit.Add(SchedulerUser, AuditActions.ScheduledPublishFailed, group.Key.Key, cultures, Describe(result));
            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var group in dueUnpublish.GroupBy(d => d.Key))
        {
            var cultures = group.Select(g => g.Culture).ToList();
            var result = await publishing.UnpublishAsync(group.Key, cultures, SchedulerUser, cancellationToken);
            if (result.Succeeded)
            {
                changed++;
            }

            // Spent either way (when it failed there was nothing to take down); the unpublish itself only clears
            // schedules due by the clock, not at this run's time.
            await ClearAsync(group.Key, cultures, publish: false, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return changed;
    }

    private async Task ClearAsync(Guid key, IReadOnlyList<string> cultures, bool publish, CancellationToken cancellationToken)
    {
        var states = await db.DocumentCultures
            .Where(c => cultures.Contains(c.Culture) && db.Documents.Any(d => d.Id == c.DocumentId && d.Key == key))
            .ToListAsync(cancellationToken);
        foreach (var state in states)
        {
            if (publish)
            {
                state.ScheduledPublishDate = null;
            }
            else
            {
                state.ScheduledUnpublishDate = null;
            }
        }
    }

    private static string Describe(PublishResult result) =>
        result.Status switch
        {
            ContentPublishingOperationStatus.ContentInvalid =>
                "Content is invalid: " + string.Join("; ", result.Errors?.Select(e => $"{e.Alias} ({e.Culture ?? "all"}): {e.Message}") ?? []),
            ContentPublishingOperationStatus.MandatoryCultureMissing =>
                "Mandatory cultures are not published: " + string.Join(", ", result.MissingCultures ?? []),
            _ => result.Status.ToString(),
        };
}
