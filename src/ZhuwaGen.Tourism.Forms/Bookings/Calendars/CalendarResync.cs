using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Bookings.Calendars;

/// <summary>
/// Reads every subscribed calendar URL that is due, through <see cref="CalendarUrlFetch"/> (the same SSRF checks as an
/// owner's import, on every run, so a name that now resolves inside the network is refused) and
/// <see cref="CalendarImport"/> (the same replace-by-label, logged). A calendar that cannot be read is a failed run in
/// the log and leaves the label's blocks as they were; it is read again at the next interval. Each subscription is
/// claimed by moving its next run forward before it is read, so two instances never read the same one at once.
/// </summary>
public sealed class CalendarResync(
    IServiceScopeFactory scopes,
    CalendarUrlFetch fetch,
    IOptions<BookingOptions> options,
    [FromKeyedServices(FormsClock.Key)] TimeProvider clock,
    ILogger<CalendarResync> logger)
{
    public const string RunBy = "calendar sync";
    private const int Batch = 20;

    /// <summary>Reads what is due now; returns how many calendars were attempted.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        List<CalendarSubscriptionEntity> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            due = await scope.ServiceProvider.GetRequiredService<FormsDbContext>().CalendarSubscriptions.AsNoTracking()
                .Where(s => s.NextRunUtc <= now).OrderBy(s => s.NextRunUtc).Take(Batch).ToListAsync(cancellationToken);
        }

        var attempted = 0;
        foreach (var subscription in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await ClaimAsync(scope.ServiceProvider.GetRequiredService<FormsDbContext>(), subscription, cancellationToken))
            {
                attempted++;
                await RunAsync(scope.ServiceProvider.GetRequiredService<CalendarImport>(), subscription, cancellationToken);
            }
        }

        return attempted;
    }

    private async Task<bool> ClaimAsync(FormsDbContext db, CalendarSubscriptionEntity subscription, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var next = now + options.Value.CalendarSyncInterval;
        return await db.CalendarSubscriptions
            .Where(s => s.Id == subscription.Id && s.NextRunUtc == subscription.NextRunUtc)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextRunUtc, next).SetProperty(x => x.LastRunUtc, now), cancellationToken) == 1;
    }

    private async Task RunAsync(CalendarImport import, CalendarSubscriptionEntity subscription, CancellationToken cancellationToken)
    {
        var (ics, error) = await fetch.FetchAsync(subscription.Url, cancellationToken);
        if (ics is null)
        {
            logger.LogWarning("Calendar {Label} of {Guesthouse} could not be read from {Url}: {Error}; read again in {Interval}",
                subscription.Label, subscription.ContentId, subscription.Url, error, options.Value.CalendarSyncInterval);
            await import.LogFailureAsync(subscription.ContentId, subscription.RoomType, subscription.Label, subscription.Url, error ?? "Unreadable.", cancellationToken);
            return;
        }

        var log = await import.ImportAsync(subscription.ContentId, subscription.RoomType, subscription.Label, subscription.Url, ics, RunBy, cancellationToken);
        if (log.Failed)
        {
            logger.LogWarning("Calendar {Label} of {Guesthouse} from {Url} was not imported: {Message}", subscription.Label, subscription.ContentId, subscription.Url, log.Message);
        }
    }
}
