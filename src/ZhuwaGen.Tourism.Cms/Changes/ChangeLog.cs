using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Changes;

/// <summary>
/// The writers' side of the change log: every write path ends with <see cref="CommitAndShowAsync(IDbContextTransaction, ContentChange, CancellationToken)"/>,
/// which adds the change's entry inside the write's own transaction, commits both together and waits until this
/// instance's local consumers show it. After the commit nothing depends on the request: a client that hangs up stops
/// only its own wait.
/// </summary>
public sealed class ChangeLog(CmsDbContext db, ChangePipeline pipeline, PublishedSnapshotService snapshots, TimeProvider clock)
{
    // Any constant shared by every writer: PostgreSQL hands out ids when rows are inserted, not when they commit, so
    // writers take this transaction-scoped lock before inserting; ids then commit in order and a reader at id N never
    // later finds an N-1 appear behind it. SQLite has one writer at a time already.
    private const string TakeCommitOrderLock = "SELECT pg_advisory_xact_lock(25414718563567431)";

    /// <summary>
    /// Runs one content write as a unit: begins its transaction, runs <paramref name="write"/> and, when that returns a
    /// change, commits it with its entry and returns once this instance shows it; a write that returns no change (a
    /// refusal) is rolled back. A lost race anywhere in the unit (<see cref="WriteConflict"/>: the concurrency token,
    /// SQLite busy, a PostgreSQL deadlock or serialization victim) rolls it all back and returns
    /// <paramref name="conflict"/> instead of throwing, so every write path answers a race the same way (409).
    /// </summary>
    public async Task<TResult> WriteAsync<TResult>(
        Func<Task<(TResult Result, ContentChange? Change)>> write, TResult conflict, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var (result, change) = await write();
            if (change is not null)
            {
                await CommitAndShowAsync(transaction, change, cancellationToken);
            }

            return result;
        }
        catch (Exception exception) when (WriteConflict.Is(exception))
        {
            return conflict;
        }
    }

    /// <summary>Adds the change inside <paramref name="transaction"/>, commits, and returns once this instance shows it.</summary>
    public async Task CommitAndShowAsync(IDbContextTransaction transaction, ContentChange change, CancellationToken cancellationToken) =>
        await ShownAsync(await CommitAsync(transaction, change, cancellationToken), cancellationToken);

    /// <inheritdoc cref="CommitAndShowAsync(IDbContextTransaction, ContentChange, CancellationToken)"/>
    public async Task CommitAndShowAsync(IDbContextTransaction transaction, MediaChange change, CancellationToken cancellationToken) =>
        await ShownAsync(await CommitAsync(transaction, change, cancellationToken), cancellationToken);

    /// <summary>
    /// Adds the change inside <paramref name="transaction"/> and commits both; returns the entry's id. A publish or a
    /// move also keeps, in the entry, the routes its items have in this instance's snapshot now (before the change), so
    /// the redirects consumer never depends on having seen the snapshot that had them.
    /// </summary>
    public Task<long> CommitAsync(IDbContextTransaction transaction, ContentChange change, CancellationToken cancellationToken) =>
        CommitAsync(
            transaction,
            ChangeLogSerializer.ToEntity(change, PreviousRoute.Capture(snapshots.Current, change), clock.GetUtcNow().UtcDateTime),
            cancellationToken);

    /// <inheritdoc cref="CommitAsync(IDbContextTransaction, ContentChange, CancellationToken)"/>
    public Task<long> CommitAsync(IDbContextTransaction transaction, MediaChange change, CancellationToken cancellationToken) =>
        CommitAsync(transaction, ChangeLogSerializer.ToEntity(change, clock.GetUtcNow().UtcDateTime), cancellationToken);

    /// <summary>Returns once this instance's local consumers have applied entry <paramref name="entryId"/>.</summary>
    public Task ShownAsync(long entryId, CancellationToken cancellationToken) => pipeline.WaitForLocalAsync(entryId, cancellationToken);

    private async Task<long> CommitAsync(IDbContextTransaction transaction, ChangeLogEntryEntity entry, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(TakeCommitOrderLock, cancellationToken);
        }

        db.ChangeLog.Add(entry);
        await db.SaveChangesAsync(cancellationToken);

        // From here the change is decided: the commit and the consumers no longer listen to the request.
        await transaction.CommitAsync(CancellationToken.None);
        pipeline.Signal();
        return entry.Id;
    }
}
