using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Bookings.Calendars;

/// <summary>
/// The calendar URLs a guesthouse keeps in sync: one per room type and label. An import from a URL that read its
/// calendar subscribes (or moves the label to the new URL); uploading a file under the same label, or the owner's
/// "stop", ends it, so the schedule never overwrites blocks the owner put there by hand.
/// </summary>
public sealed class CalendarSubscriptions(FormsDbContext db, IOptions<BookingOptions> options, [FromKeyedServices(FormsClock.Key)] TimeProvider clock)
{
    public async Task SubscribeAsync(Guid guesthouse, Guid roomType, string? label, string url, string createdBy, CancellationToken cancellationToken)
    {
        label = CalendarImport.LabelOf(label);
        var now = clock.GetUtcNow().UtcDateTime;
        var next = now + options.Value.CalendarSyncInterval;
        var changed = await db.CalendarSubscriptions
            .Where(s => s.ContentId == guesthouse && s.RoomType == roomType && s.Label == label)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Url, url).SetProperty(x => x.NextRunUtc, next).SetProperty(x => x.LastRunUtc, now), cancellationToken);
        if (changed > 0)
        {
            return;
        }

        db.CalendarSubscriptions.Add(new CalendarSubscriptionEntity
        {
            Id = Guid.NewGuid(),
            ContentId = guesthouse,
            RoomType = roomType,
            Label = label,
            Url = url,
            CreatedBy = createdBy.Length > 255 ? createdBy[..255] : createdBy,
            CreatedUtc = now,
            NextRunUtc = next,
            LastRunUtc = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (UniqueConflict.Is(exception))
        {
            // A second tap subscribed the same label meanwhile: that row stands.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public async Task<IReadOnlyList<CalendarSubscriptionEntity>> ListAsync(Guid guesthouse, CancellationToken cancellationToken) =>
        await db.CalendarSubscriptions.AsNoTracking().Where(s => s.ContentId == guesthouse)
            .OrderBy(s => s.Label).ThenBy(s => s.CreatedUtc).ToListAsync(cancellationToken);

    /// <summary>Ends a subscription of this guesthouse; false when there is none with that id (another's is none).</summary>
    public async Task<bool> StopAsync(Guid guesthouse, Guid id, CancellationToken cancellationToken) =>
        await db.CalendarSubscriptions.Where(s => s.Id == id && s.ContentId == guesthouse).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>Ends the subscription of a label, when a file is imported under it instead.</summary>
    public Task<int> StopAsync(Guid guesthouse, Guid roomType, string? label, CancellationToken cancellationToken)
    {
        label = CalendarImport.LabelOf(label);
        return db.CalendarSubscriptions.Where(s => s.ContentId == guesthouse && s.RoomType == roomType && s.Label == label).ExecuteDeleteAsync(cancellationToken);
    }
}
