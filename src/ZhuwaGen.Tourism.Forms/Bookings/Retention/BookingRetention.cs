using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Bookings.Retention;

/// <summary>
/// Personal data is kept no longer than needed (China's PIPL): once a booking's check-out is more than
/// <see cref="BookingOptions.RetentionDays"/> ago, the guest's name, phone and email on the booking, and every field
/// of its entry that holds personal data (<see cref="PersonalData"/>), are replaced.
/// The reference, dates, room, state and consent text stay, so the owner's books still add up.
/// </summary>
public sealed class BookingRetention(FormsDbContext db, FormRegistry forms, IOptions<BookingOptions> options, [FromKeyedServices(FormsClock.Key)] TimeProvider clock)
{
    public const string Anonymised = PersonalData.Anonymised;

    /// <summary>Anonymises every booking past retention; returns how many.</summary>
    public async Task<int> AnonymiseExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = BookingClock.Today(clock, options.Value).AddDays(-options.Value.RetentionDays);
        var candidates = await db.Bookings.AsNoTracking()
            .Where(b => b.AnonymisedUtc == null && b.State != BookingState.Pending && b.FirstNight < cutoff)
            .Select(b => new { b.Id, b.EntryId, b.FormId, b.FirstNight, b.Nights })
            .ToListAsync(cancellationToken);
        var done = 0;
        foreach (var booking in candidates.Where(b => b.FirstNight.AddDays(b.Nights) <= cutoff))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Bookings.Where(b => b.Id == booking.Id && b.AnonymisedUtc == null).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.GuestName, Anonymised)
                .SetProperty(b => b.GuestPhone, (string?)null)
                .SetProperty(b => b.GuestEmail, (string?)null)
                .SetProperty(b => b.AnonymisedUtc, now), cancellationToken);
            var entry = await db.Entries.FirstOrDefaultAsync(e => e.Id == booking.EntryId, cancellationToken);
            if (entry is not null)
            {
                entry.ValuesJson = PersonalData.Scrub(entry.ValuesJson, forms.Find(booking.FormId));
                entry.AdditionalDataJson = "{}";
                entry.UpdatedUtc = now;
                entry.AnonymisedUtc = now;
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done++;
        }

        return done;
    }
}
