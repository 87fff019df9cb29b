using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Forms.Workflows;

namespace ZhuwaGen.Tourism.Forms.Entries;

public enum EntryDecisionStatus
{
    Success,
    FormNotFound,
    EntryNotFound,

    /// <summary>The entry carries a booking: the owner confirms or declines it in the booking inbox (<see cref="Bookings.BookingService"/>).</summary>
    IsBooking,

    /// <summary>Approved or rejected already: an entry is decided once, as Umbraco Forms' approval workflow has it.</summary>
    AlreadyDecided,
}

/// <summary>
/// Approve or reject an entry that has no booking. The state change and the outbox rows of the form's on-approve or
/// on-reject workflows commit in one transaction; the state check in the update makes a second decision change nothing.
/// </summary>
public sealed class EntryDecisions(FormsDbContext db, FormRegistry forms, [FromKeyedServices(FormsClock.Key)] TimeProvider clock)
{
    public Task<EntryDecisionStatus> ApproveAsync(Guid formId, Guid entryId, CancellationToken cancellationToken) =>
        DecideAsync(formId, entryId, EntryState.Approved, cancellationToken);

    public Task<EntryDecisionStatus> RejectAsync(Guid formId, Guid entryId, CancellationToken cancellationToken) =>
        DecideAsync(formId, entryId, EntryState.Rejected, cancellationToken);

    private async Task<EntryDecisionStatus> DecideAsync(Guid formId, Guid entryId, EntryState to, CancellationToken cancellationToken)
    {
        if (forms.Find(formId) is not { } form)
        {
            return EntryDecisionStatus.FormNotFound;
        }

        if (!await db.Entries.AnyAsync(e => e.Id == entryId && e.FormId == formId, cancellationToken))
        {
            return EntryDecisionStatus.EntryNotFound;
        }

        if (await db.Bookings.AnyAsync(b => b.EntryId == entryId, cancellationToken))
        {
            return EntryDecisionStatus.IsBooking;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await db.Entries.Where(e => e.Id == entryId && e.State == EntryState.Submitted).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.State, to)
            .SetProperty(e => e.UpdatedUtc, now), cancellationToken);
        if (changed == 0)
        {
            return EntryDecisionStatus.AlreadyDecided;
        }

        WorkflowOutbox.Add(db, form, new EntryEntity { Id = entryId, FormId = formId }, to == EntryState.Approved ? WorkflowStage.OnApprove : WorkflowStage.OnReject, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return EntryDecisionStatus.Success;
    }
}
