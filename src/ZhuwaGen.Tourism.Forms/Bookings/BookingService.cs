using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Forms.Workflows;

namespace ZhuwaGen.Tourism.Forms.Bookings;

/// <summary>
/// The owner's and the guest's actions on a booking. Confirm approves the entry (its on-approve workflows run);
/// decline, expiry and cancellation release the holds and reject the entry (its on-reject workflows run). Each change,
/// its release and its outbox rows commit in one transaction; the state check in the update makes a second decision
/// (a double tap, a second instance's deadline job) change nothing.
/// </summary>
public sealed class BookingService(FormsDbContext db, FormRegistry forms, CancelLinks cancelLinks, [FromKeyedServices(FormsClock.Key)] TimeProvider clock)
{
    public Task<BookingOperationStatus> ConfirmAsync(Guid bookingId, string? message, Manager? by, CancellationToken cancellationToken) =>
        DecideAsync(bookingId, BookingState.Pending, BookingState.Confirmed, message, by, cancellationToken);

    public Task<BookingOperationStatus> DeclineAsync(Guid bookingId, string? message, Manager? by, CancellationToken cancellationToken) =>
        DecideAsync(bookingId, BookingState.Pending, BookingState.Declined, message, by, cancellationToken);

    /// <summary>The guest's cancel link: valid while the booking is pending or confirmed.</summary>
    public async Task<BookingOperationStatus> CancelWithTokenAsync(string? token, CancellationToken cancellationToken)
    {
        switch (cancelLinks.Read(token, out var bookingId))
        {
            case CancelTokenCheck.Invalid:
                return BookingOperationStatus.InvalidToken;
            case CancelTokenCheck.Expired:
                return BookingOperationStatus.ExpiredToken;
        }

        var state = await db.Bookings.Where(b => b.Id == bookingId).Select(b => (BookingState?)b.State).FirstOrDefaultAsync(cancellationToken);
        if (state is null)
        {
            return BookingOperationStatus.NotFound;
        }

        if (state is not (BookingState.Pending or BookingState.Confirmed))
        {
            return BookingOperationStatus.AlreadyCancelled;
        }

        var result = await DecideAsync(bookingId, state.Value, BookingState.Cancelled, null, null, cancellationToken);
        return result == BookingOperationStatus.NotPending ? BookingOperationStatus.AlreadyCancelled : result;
    }

    /// <summary>Declines every pending request past its reply deadline; returns how many.</summary>
    public async Task<int> ExpireOverdueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await db.Bookings.AsNoTracking()
            .Where(b => b.State == BookingState.Pending && b.ReplyDeadlineUtc != null && b.ReplyDeadlineUtc <= now)
            .Select(b => b.Id)
            .ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var id in overdue)
        {
            if (await DecideAsync(id, BookingState.Pending, BookingState.Expired, null, null, cancellationToken) == BookingOperationStatus.Success)
            {
                expired++;
            }
        }

        return expired;
    }

    public async Task<BookingEntity?> FindAsync(Guid bookingId, CancellationToken cancellationToken) =>
        await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookingId, cancellationToken);

    public async Task<BookingEntity?> FindByReferenceAsync(string reference, CancellationToken cancellationToken) =>
        await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => b.Reference == reference, cancellationToken);

    /// <summary>Bookings of the given pages (an owner's guesthouses), pending first by deadline, then newest.</summary>
    public async Task<IReadOnlyList<BookingEntity>> ListForContentAsync(IReadOnlyCollection<Guid> contentIds, CancellationToken cancellationToken)
    {
        var bookings = await db.Bookings.AsNoTracking().Where(b => contentIds.Contains(b.ContentId)).ToListAsync(cancellationToken);
        return bookings
            .OrderBy(b => b.State == BookingState.Pending ? 0 : 1)
            .ThenBy(b => b.State == BookingState.Pending ? b.ReplyDeadlineUtc : null)
            .ThenByDescending(b => b.CreatedUtc)
            .ToList();
    }

    private async Task<BookingOperationStatus> DecideAsync(
        Guid bookingId, BookingState from, BookingState to, string? message, Manager? by, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null)
        {
            return BookingOperationStatus.NotFound;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Guid? byKey = by?.Key;
        var byName = by?.Name;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await db.Bookings.Where(b => b.Id == bookingId && b.State == from).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.State, to)
            .SetProperty(b => b.DecidedUtc, now)
            .SetProperty(b => b.OwnerMessage, message)
            .SetProperty(b => b.DecidedByKey, byKey)
            .SetProperty(b => b.DecidedByName, byName), cancellationToken);
        if (changed == 0)
        {
            return BookingOperationStatus.NotPending;
        }

        if (to != BookingState.Confirmed)
        {
            await Reservation.ReleaseAsync(db, bookingId, cancellationToken);
        }

        var entryState = to == BookingState.Confirmed ? EntryState.Approved : EntryState.Rejected;
        await db.Entries.Where(e => e.Id == booking.EntryId).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.State, entryState)
            .SetProperty(e => e.UpdatedUtc, now), cancellationToken);
        if (forms.Find(booking.FormId) is { } form)
        {
            var entry = new EntryEntity { Id = booking.EntryId, FormId = booking.FormId };
            WorkflowOutbox.Add(db, form, entry, entryState == EntryState.Approved ? WorkflowStage.OnApprove : WorkflowStage.OnReject, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return BookingOperationStatus.Success;
    }
}
