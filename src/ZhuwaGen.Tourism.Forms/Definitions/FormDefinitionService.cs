using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>
/// The one write path for form definitions (the Management API and the back-office's forms screens): checks
/// <see cref="FormRules"/> (and, for a replace, <see cref="FormRules.CheckChange"/> against the stored revision), writes the row (a stale revision changes
/// nothing), and once committed puts the stored forms in force in <see cref="FormRegistry"/>, so the site and the
/// Forms API serve the new version from the next request (cached Delivery responses that expanded it are evicted).
/// The row survives a restart (see <see cref="FormFileImport"/>).
/// </summary>
public sealed class FormDefinitionService(
    FormsDbContext db, FormStore store, FormUsage usage, FormCacheEviction cache, FormRegistry registry, [FromKeyedServices(FormsClock.Key)] TimeProvider clock)
{
    public Task<StoredForm?> GetAsync(Guid id, CancellationToken cancellationToken) => store.FindAsync(id, cancellationToken);

    public async Task<FormOperationResult> CreateAsync(FormDefinition form, string user, CancellationToken cancellationToken)
    {
        if (FormRules.Check(form) is { Count: > 0 } errors)
        {
            return new FormOperationResult(FormOperationStatus.Invalid, Errors: errors);
        }

        return await UnderGateAsync(async () =>
        {
            if (await db.FormDefinitions.AnyAsync(f => f.Id == form.Id, cancellationToken))
            {
                return new FormOperationResult(FormOperationStatus.DuplicateKey);
            }

            var definition = FormStore.Serialize(form);
            db.FormDefinitions.Add(new FormDefinitionEntity
            {
                Id = form.Id,
                Name = form.Name,
                Definition = definition,
                Revision = 1,
                UpdatedUtc = Now(),
                UpdatedBy = user,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (UniqueConflict.Is(exception))
            {
                return new FormOperationResult(FormOperationStatus.DuplicateKey);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }

            return await CommittedAsync(form.Id, cancellationToken);
        }, cancellationToken);
    }

    public async Task<FormOperationResult> UpdateAsync(Guid id, FormDefinition form, int revision, string user, CancellationToken cancellationToken)
    {
        if (form.Id != id)
        {
            return new FormOperationResult(FormOperationStatus.Invalid, Errors: [new("id", "The id in the body must be the form's id.")]);
        }

        if (FormRules.Check(form) is { Count: > 0 } errors)
        {
            return new FormOperationResult(FormOperationStatus.Invalid, Errors: errors);
        }

        return await UnderGateAsync(async () =>
        {
            // The rules of the change itself (a booking form keeps its booking aliases) are checked against the
            // revision the edit started from; a stale revision is refused below either way.
            if (await store.FindAsync(id, cancellationToken) is { } stored && stored.Revision == revision
                && FormRules.CheckChange(stored.Form, form) is { Count: > 0 } changeErrors)
            {
                return new FormOperationResult(FormOperationStatus.Invalid, Errors: changeErrors);
            }

            var definition = FormStore.Serialize(form);
            var now = Now();
            var changed = await db.FormDefinitions.Where(f => f.Id == id && f.Revision == revision).ExecuteUpdateAsync(s => s
                .SetProperty(f => f.Definition, definition)
                .SetProperty(f => f.Name, form.Name)
                .SetProperty(f => f.Revision, revision + 1)
                .SetProperty(f => f.UpdatedUtc, now)
                .SetProperty(f => f.UpdatedBy, user), cancellationToken);
            if (changed == 0)
            {
                return new FormOperationResult(await db.FormDefinitions.AnyAsync(f => f.Id == id, cancellationToken)
                    ? FormOperationStatus.ConcurrencyConflict
                    : FormOperationStatus.NotFound);
            }

            var updated = await CommittedAsync(id, cancellationToken);
            await cache.EvictAsync(id, CancellationToken.None);
            return updated;
        }, cancellationToken);
    }

    /// <summary>
    /// Refused while entries (bookings included) or documents use the form: their pages and records would point at
    /// nothing. An entry written after the usage check is caught by the entries' foreign key, with the same answer.
    /// </summary>
    public async Task<FormOperationResult> DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        await UnderGateAsync(async () =>
        {
            if (!await db.FormDefinitions.AnyAsync(f => f.Id == id, cancellationToken))
            {
                return new FormOperationResult(FormOperationStatus.NotFound);
            }

            var users = await usage.UsersOfAsync(id, cancellationToken);
            if (users.Any)
            {
                return new FormOperationResult(FormOperationStatus.InUse, Users: users);
            }

            try
            {
                await db.FormDefinitions.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken);
            }
            catch (Exception exception) when (ForeignKeyViolation.Is(exception))
            {
                // An entry committed after the check above: the database kept the form for it.
                return new FormOperationResult(FormOperationStatus.InUse, Users: await usage.UsersOfAsync(id, cancellationToken));
            }

            await ReloadAsync();
            return new FormOperationResult(FormOperationStatus.Success);
        }, cancellationToken);

    private async Task<FormOperationResult> CommittedAsync(Guid id, CancellationToken cancellationToken)
    {
        await ReloadAsync();
        return new FormOperationResult(FormOperationStatus.Success, await store.FindAsync(id, cancellationToken));
    }

    // After the commit the change is made: the reload must happen even if the caller has gone.
    private async Task ReloadAsync() =>
        registry.Replace(registry.Current with { Forms = await store.LoadAllAsync(CancellationToken.None) });

    private async Task<FormOperationResult> UnderGateAsync(Func<Task<FormOperationResult>> edit, CancellationToken cancellationToken)
    {
        await registry.EditGate.WaitAsync(cancellationToken);
        try
        {
            return await edit();
        }
        finally
        {
            registry.EditGate.Release();
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
