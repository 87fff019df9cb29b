using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Bookings;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Tests.Forms.Bookings;

/// <summary>Confirm, decline, the reply deadline and the guest's cancel link, on a site whose clock the test moves.</summary>
public sealed class BookingDecisionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private FormsSite _site = null!;

    public async Task InitializeAsync() => _site = await FormsSite.StartAsync(
        DatabaseProvider.Sqlite,
        new Dictionary<string, string?> { ["Forms:Workflows:PollInterval"] = "01:00:00" },
        services => services.AddKeyedSingleton<TimeProvider>(FormsClock.Key, _clock));

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task An_unanswered_request_is_declined_at_its_deadline_releasing_the_room_and_telling_the_guest()
    {
        var booking = await BookAsync(Samples.FamilyRoom, 30);
        _clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await Services<BookingService, int>(s => s.ExpireOverdueAsync(default)));
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await Services<BookingService, int>(s => s.ExpireOverdueAsync(default)));

        var after = await _site.WithFormsDbAsync(db => db.Bookings.SingleAsync(b => b.Id == booking.Id));
        Assert.Equal(BookingState.Expired, after.State);
        Assert.Equal(0, await _site.WithFormsDbAsync(db => db.InventoryHolds.CountAsync(h => h.BookingId == booking.Id)));
        Assert.Equal(EntryState.Rejected, await _site.WithFormsDbAsync(db => db.Entries.Where(e => e.Id == booking.EntryId).Select(e => e.State).SingleAsync()));
        var form = _site.Site.Services.GetRequiredService<FormRegistry>().Find(Samples.GuesthouseStay)!;
        var onReject = form.Workflows.Single(w => w.Stage == WorkflowStage.OnReject).Id;
        Assert.True(await _site.WithFormsDbAsync(db => db.WorkflowOutbox.AnyAsync(o => o.EntryId == booking.EntryId && o.WorkflowId == onReject)));

        // The room is free again.
        await BookAsync(Samples.FamilyRoom, 30);
    }

    [Fact]
    public async Task Confirm_approves_once_and_keeps_the_room_decline_releases_it()
    {
        var confirmed = await BookAsync(Samples.FamilyRoom, 40);
        Assert.Equal(BookingOperationStatus.Success, await Services<BookingService, BookingOperationStatus>(s => s.ConfirmAsync(confirmed.Id, "See you", null, default)));
        Assert.Equal(BookingOperationStatus.NotPending, await Services<BookingService, BookingOperationStatus>(s => s.DeclineAsync(confirmed.Id, "oops", null, default)));
        _clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await Services<BookingService, int>(s => s.ExpireOverdueAsync(default)));

        var status = await Services<RoomStatus, IReadOnlyList<RoomNight>?>(s =>
            s.ForGuesthouseAsync(Samples.SangjiuCourtyard, confirmed.FirstNight, confirmed.FirstNight.AddDays(3), "en", default));
        var family = status!.Where(n => n.RoomType == Samples.FamilyRoom).ToList();
        Assert.Equal([1, 1, 0], family.Select(n => n.Booked));
        Assert.Equal([0, 0, 1], family.Select(n => n.Free));

        var declined = await BookAsync(Samples.StandardTwin, 40);
        Assert.Equal(BookingOperationStatus.Success, await Services<BookingService, BookingOperationStatus>(s => s.DeclineAsync(declined.Id, "Full that week", null, default)));
        Assert.Equal(0, await _site.WithFormsDbAsync(db => db.InventoryHolds.CountAsync(h => h.BookingId == declined.Id)));
        var owned = await Services<BookingService, IReadOnlyList<BookingEntity>>(s => s.ListForContentAsync([Samples.SangjiuCourtyard], default));
        Assert.Equal(2, owned.Count);
    }

    [Fact]
    public async Task The_cancel_link_cancels_once_and_refuses_forged_replayed_and_expired_tokens()
    {
        var booking = await BookAsync(Samples.StandardTwin, 50);
        var links = _site.Site.Services.GetRequiredService<CancelLinks>();
        var token = links.TokenFor(booking);

        var forged = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];
        Assert.Equal(HttpStatusCode.BadRequest, await CancelAsync(forged));
        Assert.Equal(HttpStatusCode.BadRequest, await CancelAsync("not-a-token"));
        Assert.Equal(HttpStatusCode.NoContent, await CancelAsync(token));
        Assert.Equal(HttpStatusCode.Conflict, await CancelAsync(token));
        Assert.Equal(0, await _site.WithFormsDbAsync(db => db.InventoryHolds.CountAsync(h => h.BookingId == booking.Id)));

        var later = await BookAsync(Samples.StandardTwin, 51);
        var expiring = links.TokenFor(later);
        _clock.Advance(TimeSpan.FromDays(61));
        Assert.Equal(HttpStatusCode.Gone, await CancelAsync(expiring));
        Assert.Equal(BookingState.Pending, (await _site.WithFormsDbAsync(db => db.Bookings.SingleAsync(b => b.Id == later.Id))).State);
    }

    private async Task<HttpStatusCode> CancelAsync(string token)
    {
        using var response = await _site.Client.PostAsync($"{CancelLinks.Path}?token={Uri.EscapeDataString(token)}", null);
        return response.StatusCode;
    }

    private async Task<BookingEntity> BookAsync(Guid roomType, int checkIn)
    {
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var body = new
        {
            values = new Dictionary<string, string>
            {
                ["checkIn"] = today.AddDays(checkIn).ToString("yyyy-MM-dd"),
                ["checkOut"] = today.AddDays(checkIn + 2).ToString("yyyy-MM-dd"),
                ["roomType"] = roomType.ToString("D"),
                ["guests"] = "2",
                ["name"] = "Ada",
                ["phone"] = "13800000000",
                ["email"] = "ada@example.org",
                ["consent"] = "on",
            },
            contentId = Samples.SangjiuCourtyard.ToString("D"),
        };
        using var response = await _site.PostEntryAsync(Samples.GuesthouseStay, body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var reference = response.Headers.GetValues("Booking-Reference").Single();
        return await _site.WithFormsDbAsync(db => db.Bookings.SingleAsync(b => b.Reference == reference));
    }

    private Task<T> Services<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull => _site.WithScopeAsync(action);
}
