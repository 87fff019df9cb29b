using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Bookings;
using ZhuwaGen.Tourism.Forms.Bookings.Retention;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Bookings;

/// <summary>Privacy: guest data anonymised after the retention period, and the consent text kept as the guest read it.</summary>
public sealed class BookingRetentionTests
{
    [Theory, BothProviders]
    public async Task Guest_data_is_anonymised_after_retention_keeping_the_reference_dates_and_consent(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var inbox = await InboxSite.StartAsync(provider,
            new Dictionary<string, string?> { ["Forms:Bookings:RetentionDays"] = "30", ["Forms:Bookings:RetentionCheckInterval"] = "1.00:00:00" },
            s => s.AddKeyedSingleton<TimeProvider>(FormsClock.Key, clock));
        var old = await inbox.BookAsync(Samples.StandardTwin, checkIn: 10, nights: 2, name: "Old Guest");
        var later = await inbox.BookAsync(Samples.FamilyRoom, checkIn: 60, nights: 2, name: "Later Guest");
        await inbox.Site.WithScopeAsync<BookingService>(async s =>
        {
            await s.ConfirmAsync(old.Id, "See you", null, CancellationToken.None);
            await s.ConfirmAsync(later.Id, null, null, CancellationToken.None);
        });

        // 41 days on, the first stay ended 29 days ago: not yet. 43 days on, it ended 31 days ago: anonymised.
        clock.Advance(TimeSpan.FromDays(41));
        var early = await Anonymise(inbox);
        clock.Advance(TimeSpan.FromDays(2));
        var due = await Anonymise(inbox);
        var again = await Anonymise(inbox);

        var bookings = await inbox.FormsDbAsync(db => db.Bookings.AsNoTracking().ToDictionaryAsync(b => b.Id));
        var entries = await inbox.FormsDbAsync(db => db.Entries.AsNoTracking().ToDictionaryAsync(e => e.Id));
        var scrubbed = JsonSerializer.Deserialize<Dictionary<string, string[]>>(entries[old.EntryId].ValuesJson)!;

        Assert.Equal((0, 1, 0), (early, due, again));
        Assert.Equal((BookingRetention.Anonymised, null, null), (bookings[old.Id].GuestName, bookings[old.Id].GuestPhone, bookings[old.Id].GuestEmail));
        Assert.NotNull(bookings[old.Id].AnonymisedUtc);
        Assert.Equal((old.Reference, old.FirstNight, old.Nights, "See you"), (bookings[old.Id].Reference, bookings[old.Id].FirstNight, bookings[old.Id].Nights, bookings[old.Id].OwnerMessage));
        Assert.Equal([BookingRetention.Anonymised], scrubbed["name"]);
        Assert.Equal([BookingRetention.Anonymised], scrubbed["phone"]);
        Assert.Equal([BookingRetention.Anonymised], scrubbed["email"]);
        Assert.Equal([Bodies.Day(10)], scrubbed["checkIn"]);
        Assert.DoesNotContain("Old Guest", entries[old.EntryId].ValuesJson);
        Assert.Equal("Later Guest", bookings[later.Id].GuestName);
        Assert.Null(bookings[later.Id].AnonymisedUtc);

        // What the guest agreed to is kept in their language, through anonymisation.
        Assert.Equal("[en] Use of my details — I agree that the township and the guesthouse or organiser use my name and contact details to handle this request.",
            entries[old.EntryId].ConsentText);
    }

    private static async Task<int> Anonymise(InboxSite inbox)
    {
        var count = 0;
        await inbox.Site.WithScopeAsync<BookingRetention>(async r => count = await r.AnonymiseExpiredAsync(CancellationToken.None));
        return count;
    }
}
