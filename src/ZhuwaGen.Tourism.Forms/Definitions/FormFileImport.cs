using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>
/// Applies umbraco.config's forms to the stored ones at start-up, like the CMS's schema import, but without undoing
/// edits made through the Management API: a form the file adds is stored; a form whose text in the file changed since
/// it was last applied is replaced by the file's (a deploy that changes a form means it); a form the file still
/// holds unchanged keeps its stored version, edited or not; a form the file dropped is removed unless entries or
/// documents use it (as the API's delete refuses).
/// Forms made through the API (never in the file) stay.
/// </summary>
public sealed class FormFileImport(FormsDbContext db, FormUsage usage, [FromKeyedServices(FormsClock.Key)] TimeProvider clock, ILogger<FormFileImport> logger)
{
    public const string FileUser = "umbraco.config";
    private const int MaxAttempts = 5;

    public async Task ApplyAsync(IReadOnlyList<FormDefinition> fileForms, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            try
            {
                await TryApplyAsync(fileForms, cancellationToken);
                return;
            }
            catch (Exception exception) when ((UniqueConflict.Is(exception) || ForeignKeyViolation.Is(exception)) && attempt < MaxAttempts)
            {
                // Another instance starting on the same database applied the file first, or an entry arrived for a
                // dropped form after its usage was read: read again.
                await Task.Delay(50 * attempt, cancellationToken);
            }
        }
    }

    private async Task TryApplyAsync(IReadOnlyList<FormDefinition> fileForms, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await db.FormDefinitions.ToDictionaryAsync(f => f.Id, cancellationToken);
        foreach (var form in fileForms)
        {
            var definition = FormStore.Serialize(form);
            var hash = FormStore.Hash(definition);
            if (!rows.TryGetValue(form.Id, out var row))
            {
                db.FormDefinitions.Add(new FormDefinitionEntity
                {
                    Id = form.Id,
                    Name = form.Name,
                    Definition = definition,
                    Revision = 1,
                    FileHash = hash,
                    UpdatedUtc = now,
                    UpdatedBy = FileUser,
                });
            }
            else if (row.FileHash != hash)
            {
                if (row.Definition != definition)
                {
                    logger.LogInformation("Form {FormId} ({Name}) changed in umbraco.config: the file's version replaces the stored one", form.Id, form.Name);
                    row.Definition = definition;
                    row.Name = form.Name;
                    row.Revision++;
                    row.UpdatedUtc = now;
                    row.UpdatedBy = FileUser;
                }

                row.FileHash = hash;
            }
        }

        var inFile = fileForms.Select(f => f.Id).ToHashSet();
        foreach (var dropped in rows.Values.Where(r => r.FileHash is not null && !inFile.Contains(r.Id)))
        {
            if (await usage.UsersOfAsync(dropped.Id, cancellationToken) is { Any: true } users)
            {
                logger.LogWarning("Form {FormId} ({Name}) is no longer in umbraco.config but {Entries} entries and {Documents} documents use it: it is kept",
                    dropped.Id, dropped.Name, users.Entries, users.Documents.Count);
                continue;
            }

            db.FormDefinitions.Remove(dropped);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
