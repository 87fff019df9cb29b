using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Bookings.Retention;

/// <summary>
/// The same care as <see cref="BookingRetention"/> for entries without a booking (an enquiry, an event registration
/// that holds no place): <see cref="BookingOptions.EntryRetentionDays"/> after it was submitted, an entry's personal
/// values (<see cref="PersonalData"/>) are replaced and its additional data cleared. The row, its state, the other
/// values and the consent text stay: what was agreed is kept, who agreed is not.
/// </summary>
public sealed class EntryRetention(FormsDbContext db, FormRegistry forms, IOptions<BookingOptions> options, [FromKeyedServices(FormsClock.Key)] TimeProvider clock)
{
    private const int Batch = 200;

    /// <summary>Anonymises every entry without a booking past retention; returns how many.</summary>
    public async Task<int> AnonymiseExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-options.Value.EntryRetentionDays);
        var done = 0;
        while (true)
        {
            var due = await db.Entries.AsNoTracking()
                .Where(e => e.AnonymisedUtc == null && e.CreatedUtc <= cutoff && !db.Bookings.Any(b => b.EntryId == e.Id))
                .OrderBy(e => e.CreatedUtc)
                .Select(e => new { e.Id, e.FormId, e.ValuesJson })
                .Take(Batch)
                .ToListAsync(cancellationToken);
            foreach (var entry in due)
            {
                var scrubbed = PersonalData.Scrub(entry.ValuesJson, forms.Find(entry.FormId));

                // The null check makes a second instance's run change nothing.
                done += await db.Entries.Where(e => e.Id == entry.Id && e.AnonymisedUtc == null).ExecuteUpdateAsync(s => s
                    .SetProperty(e => e.ValuesJson, scrubbed)
                    .SetProperty(e => e.AdditionalDataJson, "{}")
                    .SetProperty(e => e.UpdatedUtc, now)
                    .SetProperty(e => e.AnonymisedUtc, now), cancellationToken);
            }

            if (due.Count < Batch)
            {
                return done;
            }
        }
    }
}
