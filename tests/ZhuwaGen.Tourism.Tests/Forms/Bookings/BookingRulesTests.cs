using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Tests.Forms.Api;

namespace ZhuwaGen.Tourism.Tests.Forms.Bookings;

/// <summary>What a booking form refuses, with the reason, and what makes a retried submit book once.</summary>
public sealed class BookingRulesTests(FormsApiSite fixture) : IClassFixture<FormsApiSite>
{
    private FormsSite Site => fixture.Site;

    [Theory]
    [InlineData("reversed", "checkOut", "The check-out date must be after the check-in date")]
    [InlineData("past", "checkIn", "The dates are in the past")]
    [InlineData("long", "checkOut", "A stay can be at most 30 nights")]
    [InlineData("crowd", "guests", "At most 2 guests")]
    [InlineData("room", "roomType", "Please choose one of the options")]
    public async Task A_wrong_stay_is_refused_with_the_reason_on_its_field(string wrong, string alias, string message)
    {
        var body = wrong switch
        {
            "reversed" => Bodies.Stay(Samples.StandardTwin, checkIn: 45, nights: -2),
            "past" => Bodies.Stay(Samples.StandardTwin, checkIn: -3, nights: 2),
            "long" => Bodies.Stay(Samples.StandardTwin, checkIn: 45, nights: 31),
            "crowd" => Bodies.Stay(Samples.StandardTwin, checkIn: 45, guests: 3),
            _ => Bodies.Stay(Guid.NewGuid(), checkIn: 45),
        };
        using var response = await Site.PostEntryAsync(Samples.GuesthouseStay, body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await FormsSite.JsonAsync(response)).GetProperty("errors");
        Assert.Equal(message, errors.GetProperty(alias)[0].GetString());
    }

    [Fact]
    public async Task A_full_night_is_refused_in_the_visitors_language()
    {
        using var first = await Site.PostEntryAsync(Samples.GuesthouseStay, Bodies.Stay(Samples.FamilyRoom, checkIn: 70, guests: 4));
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        using var second = await Site.PostEntryAsync(Samples.GuesthouseStay, Bodies.Stay(Samples.FamilyRoom, checkIn: 71, culture: "zh-Hans"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Equal($"{Bodies.Day(71)}已满，请换个日期", (await FormsSite.JsonAsync(second)).GetProperty("errors").GetProperty("roomType")[0].GetString());
    }

    [Fact]
    public async Task A_retried_submit_with_the_same_idempotency_key_books_once()
    {
        var key = Guid.NewGuid().ToString("N");
        var body = Bodies.Stay(Samples.StandardTwin, checkIn: 80);
        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            using var response = await Site.PostEntryAsync(Samples.GuesthouseStay, body, idempotencyKey: key);
            return (response.StatusCode, Reference: response.Headers.GetValues("Booking-Reference").Single());
        }));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        var reference = Assert.Single(answers.Select(a => a.Reference).Distinct());
        Assert.Matches("^ZG-[2-9A-HJ-NP-Y]{6}$", reference);
        Assert.Equal(1, await Site.WithFormsDbAsync(db => db.Bookings.CountAsync(b => b.Reference == reference)));
        Assert.Equal(1, await Site.WithFormsDbAsync(db => db.Entries.CountAsync(e => e.IdempotencyKey == key)));
    }

    [Fact]
    public async Task A_booking_is_a_pending_request_with_a_reply_deadline_and_its_reference_in_the_message()
    {
        using var response = await Site.PostEntryAsync(Samples.GuesthouseStay, Bodies.Stay(Samples.StandardTwin, checkIn: 90, nights: 2));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var reference = response.Headers.GetValues("Booking-Reference").Single();
        Assert.Contains(reference, (await FormsSite.JsonAsync(response)).GetProperty("messageOnSubmit").GetString());
        var booking = await Site.WithFormsDbAsync(db => db.Bookings.SingleAsync(b => b.Reference == reference));
        Assert.Equal(BookingState.Pending, booking.State);
        Assert.Equal(2, booking.Nights);
        Assert.InRange(booking.ReplyDeadlineUtc!.Value - booking.CreatedUtc, TimeSpan.FromHours(23.9), TimeSpan.FromHours(24.1));
        Assert.Equal(2, await Site.WithFormsDbAsync(db => db.InventoryHolds.CountAsync(h => h.BookingId == booking.Id)));
    }

    [Fact]
    public async Task Experiences_sell_places_per_slot_and_events_per_capacity()
    {
        var slot = Bodies.Day(100) + " 09:00";
        object Places(Guid page, int guests, string? session) => new
        {
            values = new Dictionary<string, object?>
            {
                ["slot"] = session,
                ["guests"] = guests.ToString(),
                ["name"] = "Ada",
                ["phone"] = "13800000000",
                ["consent"] = "on",
            },
            contentId = page.ToString("D"),
        };
        using var twenty = await Site.PostEntryAsync(Samples.ExperienceSlot, Places(Samples.OrchardPicking, 20, slot));
        Assert.Equal(HttpStatusCode.Accepted, twenty.StatusCode);
        using var more = await Site.PostEntryAsync(Samples.ExperienceSlot, Places(Samples.OrchardPicking, 1, slot));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, more.StatusCode);
        using var otherSlot = await Site.PostEntryAsync(Samples.ExperienceSlot, Places(Samples.OrchardPicking, 1, Bodies.Day(100) + " 14:00"));
        Assert.Equal(HttpStatusCode.Accepted, otherSlot.StatusCode);

        using var event60 = await Site.PostEntryAsync(Samples.EventRegistration, Places(Samples.StudyDay, 10, null));
        Assert.True(event60.StatusCode == HttpStatusCode.Accepted, await event60.Content.ReadAsStringAsync());
        using var wrongPage = await Site.PostEntryAsync(Samples.EventRegistration, Places(Guid.NewGuid(), 1, null));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongPage.StatusCode);
        Assert.True((await FormsSite.JsonAsync(wrongPage)).GetProperty("errors").TryGetProperty("contentId", out _));
    }
}
