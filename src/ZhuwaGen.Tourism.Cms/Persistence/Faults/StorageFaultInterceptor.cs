using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ZhuwaGen.Tourism.Cms.Persistence.Faults;

/// <summary>
/// Tells <see cref="StorageWriteHealth"/> about every storage failure EF Core sees — a save, a raw SQL write, a
/// connection — including those of background jobs that no request reports, and about every save that worked.
/// </summary>
public sealed class StorageFaultInterceptor(StorageWriteHealth health) : ISaveChangesInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        health.RecordSuccess();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        health.RecordSuccess();
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Record(eventData.Exception);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData.Exception);
        return Task.CompletedTask;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        health.RecordSuccess();
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        health.RecordSuccess();
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Record(eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData.Exception);
        return Task.CompletedTask;
    }

    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Record(eventData.Exception);

    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData.Exception);
        return Task.CompletedTask;
    }

    private void Record(Exception exception) => health.RecordFailure(StorageFaultClassifier.Classify(exception), exception.GetBaseException().Message);
}
