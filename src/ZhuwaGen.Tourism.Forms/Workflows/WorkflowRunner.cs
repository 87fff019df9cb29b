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

namespace ZhuwaGen.Tourism.Forms.Workflows;

/// <summary>
/// Runs due outbox rows: claims each with a lease (so two instances never run the same row at once), runs its
/// workflow, then marks it done or schedules the next attempt with backoff. A failure is recorded on the row; the
/// entry and the booking are never changed by it.
/// </summary>
public sealed class WorkflowRunner(
    IServiceScopeFactory scopes,
    FormRegistry forms,
    IEnumerable<IWorkflowExecutor> executors,
    IOptions<WorkflowOptions> options,
    [FromKeyedServices(FormsClock.Key)] TimeProvider clock,
    ILogger<WorkflowRunner> logger)
{
    private const int Batch = 20;

    /// <summary>Runs what is due now; returns how many rows were attempted.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FormsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.WorkflowOutbox.AsNoTracking()
            .Where(o => o.CompletedUtc == null && !o.GaveUp && o.NextAttemptUtc <= now && (o.LeasedUntilUtc == null || o.LeasedUntilUtc < now))
            .OrderBy(o => o.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        var attempted = 0;
        foreach (var row in due)
        {
            var lease = now + options.Value.AttemptTimeout + TimeSpan.FromSeconds(30);
            var claimed = await db.WorkflowOutbox
                .Where(o => o.Id == row.Id && o.CompletedUtc == null && (o.LeasedUntilUtc == null || o.LeasedUntilUtc < now))
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeasedUntilUtc, lease), cancellationToken);
            if (claimed == 1)
            {
                attempted++;
                await RunAsync(db, scope.ServiceProvider, row, cancellationToken);
            }
        }

        return attempted;
    }

    private async Task RunAsync(FormsDbContext db, IServiceProvider services, WorkflowOutboxEntity row, CancellationToken cancellationToken)
    {
        string? error = null;
        try
        {
            var (workflow, context) = await LoadAsync(db, services, row, cancellationToken);
            var executor = executors.FirstOrDefault(e => e.Kinds.Contains(workflow.Kind))
                ?? throw new InvalidOperationException($"No executor for {workflow.Kind}.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.AttemptTimeout);
            await executor.ExecuteAsync(workflow, context, timeout.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            error = exception.GetBaseException().Message;
            logger.LogWarning(exception, "Workflow {WorkflowId} for entry {EntryId} failed (attempt {Attempt})", row.WorkflowId, row.EntryId, row.Attempts + 1);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = row.Attempts + 1;
        var gaveUp = error is not null && attempts >= options.Value.MaxAttempts;
        await db.WorkflowOutbox.Where(o => o.Id == row.Id).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Attempts, attempts)
            .SetProperty(o => o.LastError, error == null ? null : error.Length > 2000 ? error[..2000] : error)
            .SetProperty(o => o.CompletedUtc, error == null ? now : null)
            .SetProperty(o => o.GaveUp, gaveUp)
            .SetProperty(o => o.NextAttemptUtc, error == null ? now : now + options.Value.Backoff(attempts))
            .SetProperty(o => o.LeasedUntilUtc, (DateTime?)null), CancellationToken.None);
        if (gaveUp)
        {
            logger.LogError("Workflow {WorkflowId} for entry {EntryId} gave up after {Attempts} attempts: {Error}", row.WorkflowId, row.EntryId, attempts, error);
        }
    }

    private async Task<(WorkflowDefinition Workflow, WorkflowContext Context)> LoadAsync(
        FormsDbContext db, IServiceProvider services, WorkflowOutboxEntity row, CancellationToken cancellationToken)
    {
        var form = forms.Find(row.FormId) ?? throw new InvalidOperationException($"Form {row.FormId:D} is no longer defined.");
        var workflow = form.Workflows.FirstOrDefault(w => w.Id == row.WorkflowId)
            ?? throw new InvalidOperationException($"Workflow {row.WorkflowId:D} is no longer on form {form.Name}.");
        var entry = await db.Entries.AsNoTracking().SingleAsync(e => e.Id == row.EntryId, cancellationToken);
        var booking = await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => b.EntryId == entry.Id, cancellationToken);
        var values = JsonSerializer.Deserialize<Dictionary<string, string[]>>(entry.ValuesJson) ?? [];
        var page = entry.ContentId is { } contentId ? services.GetRequiredService<PublishedContentReader>().Current.ByKey(contentId) : null;
        var cancelUrl = booking is null ? null : services.GetRequiredService<CancelLinks>().UrlFor(booking);
        // Read when the workflow runs, not when the entry was made: a manager bound or removed meanwhile counts.
        IReadOnlyList<string> managers = booking is null ? [] : await services.GetRequiredService<GuesthouseManagers>().EmailsAsync(booking.ContentId, cancellationToken);
        var inboxUrl = $"{services.GetRequiredService<IOptions<BookingOptions>>().Value.PublicBaseUrl?.TrimEnd('/')}/umbraco/bookings";
        return (workflow, new WorkflowContext(form, entry, new Dictionary<string, string[]>(values, StringComparer.OrdinalIgnoreCase), booking, page, cancelUrl)
        {
            Managers = managers,
            InboxUrl = inboxUrl,
        });
    }
}
