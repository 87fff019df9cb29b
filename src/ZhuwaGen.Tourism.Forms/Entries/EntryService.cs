using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Forms.Bookings;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Forms.Workflows;

namespace ZhuwaGen.Tourism.Forms.Entries;

/// <summary>
/// The one write path for entries: validates, then in one transaction writes the entry, the booking and its holds
/// (for a booking form) and an outbox row per on-submit workflow. Either all of it commits or none of it.
/// </summary>
public sealed class EntryService(
    FormsDbContext db,
    FormRegistry forms,
    PublishedContentReader content,
    IOptions<BookingOptions> bookingOptions,
    [FromKeyedServices(FormsClock.Key)] TimeProvider clock,
    ILogger<EntryService> logger)
{
    private const int MaxAttempts = 40;

    public async Task<SubmitOutcome> SubmitAsync(Guid formId, EntrySubmission submission, FormMessages messages, CancellationToken cancellationToken)
    {
        var form = forms.Find(formId);
        if (form is null)
        {
            return new SubmitOutcome(SubmitStatus.FormNotFound, SubmitOutcome.NoErrors);
        }

        var (errors, values) = EntryValidator.Validate(form, submission.Values, messages);
        if (errors.Count > 0)
        {
            return new SubmitOutcome(SubmitStatus.Invalid, errors);
        }

        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            try
            {
                return await TryWriteAsync(form, submission, values, messages, cancellationToken);
            }
            catch (Exception exception) when (ForeignKeyViolation.Is(exception))
            {
                // The form was deleted after this instance's registry last loaded it; nothing of the entry was kept.
                db.ChangeTracker.Clear();
                return new SubmitOutcome(SubmitStatus.FormNotFound, SubmitOutcome.NoErrors);
            }
            catch (Exception exception) when (UniqueConflict.Is(exception) && attempt < MaxAttempts)
            {
                // Another request took the unit, the key or the reference first: read again and try again.
                await Task.Delay(Random.Shared.Next(5, 20 + Math.Min(attempt, 10) * 10), cancellationToken);
            }
            catch (Exception exception) when (UniqueConflict.Is(exception))
            {
                logger.LogWarning(exception, "Entry for form {FormId} lost {Attempts} races; answered busy", formId, MaxAttempts);
                return new SubmitOutcome(SubmitStatus.Busy, SubmitOutcome.NoErrors);
            }
        }
    }

    private async Task<SubmitOutcome> TryWriteAsync(
        FormDefinition form, EntrySubmission submission, Dictionary<string, string[]> values, FormMessages messages, CancellationToken cancellationToken)
    {
        if (await FindRepeatAsync(form.Id, submission.IdempotencyKey, cancellationToken) is { } repeat)
        {
            return repeat;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new EntryEntity
        {
            Id = Guid.NewGuid(),
            FormId = form.Id,
            Culture = messages.Culture,
            ContentId = submission.ContentId,
            State = EntryState.Submitted,
            ValuesJson = JsonSerializer.Serialize(values),
            AdditionalDataJson = JsonSerializer.Serialize(submission.AdditionalData),
            ConsentText = ConsentRecord.TextOf(form, values, messages.Culture, content.Current.Snapshot.DefaultCulture),
            IdempotencyKey = submission.IdempotencyKey,
            CreatedUtc = now,
            UpdatedUtc = now,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Entries.Add(entry);
        string? reference = null;
        if (form.IsBookingForm)
        {
            var (booking, refusal) = await ReserveAsync(form, entry, submission, values, messages, now, cancellationToken);
            if (refusal is not null)
            {
                return new SubmitOutcome(SubmitStatus.Invalid, refusal);
            }

            reference = booking!.Reference;
        }

        WorkflowOutbox.Add(db, form, entry, WorkflowStage.OnSubmit, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SubmitOutcome(SubmitStatus.Accepted, SubmitOutcome.NoErrors, entry.Id, reference);
    }

    private async Task<(BookingEntity? Booking, Dictionary<string, string[]>? Refusal)> ReserveAsync(
        FormDefinition form, EntryEntity entry, EntrySubmission submission, Dictionary<string, string[]> values, FormMessages messages,
        DateTime now, CancellationToken cancellationToken)
    {
        var options = bookingOptions.Value;
        var request = BookingRequest.From(values);
        var target = submission.ContentId is { } contentId ? BookableTarget.Read(content, contentId, messages.Culture) : null;
        var (errors, plan) = Reservation.PlanFor(target, request, BookingClock.Today(clock, options), options, messages);
        if (plan is null)
        {
            return (null, errors);
        }

        var booking = new BookingEntity
        {
            Id = Guid.NewGuid(),
            EntryId = entry.Id,
            FormId = form.Id,
            ContentId = target!.ContentId,
            Reference = ReferenceCodes.New(),
            State = BookingState.Pending,
            Resource = plan.Resource,
            FirstNight = plan.FirstNight,
            Nights = plan.Nights,
            Units = plan.Units,
            Guests = request.Guests,
            GuestName = request.Name,
            GuestEmail = request.Email,
            GuestPhone = request.Phone,
            Culture = messages.Culture,
            ReplyDeadlineUtc = now + options.ReplyWindow,
            CreatedUtc = now,
        };
        var fullNight = await Reservation.HoldAsync(db, plan, booking.Id, cancellationToken);
        if (fullNight is { } night)
        {
            var alias = target.Kind == BookableKind.Guesthouse ? BookingRequest.Aliases.RoomType
                : values.ContainsKey(BookingRequest.Aliases.Slot) ? BookingRequest.Aliases.Slot : BookingRequest.Aliases.Guests;
            return (null, new Dictionary<string, string[]> { [alias] = [messages.For(null, "bookingFull", argument: night.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))] });
        }

        db.Bookings.Add(booking);
        return (booking, null);
    }

    private async Task<SubmitOutcome?> FindRepeatAsync(Guid formId, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(idempotencyKey))
        {
            return null;
        }

        var earlier = await db.Entries.AsNoTracking()
            .Where(e => e.FormId == formId && e.IdempotencyKey == idempotencyKey)
            .Select(e => new { e.Id, Reference = db.Bookings.Where(b => b.EntryId == e.Id).Select(b => b.Reference).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        return earlier is null ? null : new SubmitOutcome(SubmitStatus.Accepted, SubmitOutcome.NoErrors, earlier.Id, earlier.Reference);
    }
}
