using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Bookings.Retention;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Tests.Forms.Management;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Forms.Retention;

/// <summary>Privacy for entries without a booking: personal values anonymised after Forms:Bookings:EntryRetentionDays, the record kept.</summary>
public sealed class EntryRetentionTests
{
    [Theory, BothProviders]
    public async Task An_enquiry_is_anonymised_after_entry_retention_keeping_its_state_other_values_and_consent(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var site = await FormsSite.StartAsync(provider,
            new Dictionary<string, string?> { ["Forms:Bookings:EntryRetentionDays"] = "30", ["Forms:Bookings:RetentionCheckInterval"] = "1.00:00:00" },
            s => s.AddKeyedSingleton<TimeProvider>(FormsClock.Key, clock));
        var enquiry = await FormsManagement.SubmitAsync(site, Samples.Enquiry, new
        {
            values = new Dictionary<string, object>
            {
                ["name"] = "Ada Enquirer",
                ["email"] = "ada@example.org",
                ["phone"] = "+86 139 1111 2222",
                ["topic"] = "general",
                ["message"] = "I am Ada, room 12",
                ["consent"] = "on",
            },
            culture = "en",
            additionalData = new Dictionary<string, string> { ["referrer"] = "ada-newsletter" },
        });
        using var editor = await FormsManagement.EditorAsync(site);
        using var approved = await editor.PostAsync($"{FormsManagement.FormsApi}/{Samples.Enquiry:D}/entries/{enquiry:D}/approve", null);
        Assert.Equal(System.Net.HttpStatusCode.OK, approved.StatusCode);
        using var booked = await site.PostEntryAsync(Samples.GuesthouseStay, Bodies.Stay(Samples.StandardTwin, checkIn: 5));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, booked.StatusCode);
        var before = await EntryAsync(site, enquiry);

        // 29 days on: not yet. 31 days on: anonymised, once.
        clock.Advance(TimeSpan.FromDays(29));
        var early = await AnonymiseAsync(site);
        clock.Advance(TimeSpan.FromDays(2));
        var due = await AnonymiseAsync(site);
        var again = await AnonymiseAsync(site);

        var after = await EntryAsync(site, enquiry);
        var values = JsonSerializer.Deserialize<Dictionary<string, string[]>>(after.ValuesJson)!;
        Assert.Equal((0, 1, 0), (early, due, again));
        foreach (var personal in new[] { "name", "email", "phone", "message" })
        {
            Assert.Equal([BookingRetention.Anonymised], values[personal]);
        }

        Assert.Equal(["general"], values["topic"]);
        Assert.DoesNotContain("Ada", after.ValuesJson);
        Assert.Equal("{}", after.AdditionalDataJson);
        Assert.Equal(EntryState.Approved, after.State);
        Assert.NotNull(after.AnonymisedUtc);
        Assert.False(string.IsNullOrEmpty(after.ConsentText));
        Assert.Equal(before.ConsentText, after.ConsentText);
        Assert.Equal((before.CreatedUtc, before.Culture), (after.CreatedUtc, after.Culture));

        // The booking's entry waits for the booking's own retention (after check-out), not this one.
        var bookingEntry = await site.WithFormsDbAsync(db => db.Bookings.Select(b => b.EntryId).SingleAsync());
        var kept = await EntryAsync(site, bookingEntry);
        Assert.Contains("Ada Guest", kept.ValuesJson);
        Assert.Null(kept.AnonymisedUtc);
    }

    private static Task<int> AnonymiseAsync(FormsSite site) =>
        site.WithScopeAsync<EntryRetention, int>(r => r.AnonymiseExpiredAsync(CancellationToken.None));

    private static Task<EntryEntity> EntryAsync(FormsSite site, Guid id) =>
        site.WithFormsDbAsync(db => db.Entries.AsNoTracking().SingleAsync(e => e.Id == id));
}
