using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ZhuwaGen.Tourism.Cms.Persistence;

/// <summary>
/// Tells a lost race between two writers from a real failure: the concurrency token no longer matched, SQLite was busy
/// or locked past its timeout, or PostgreSQL chose this transaction as a deadlock or serialization victim. Writers turn
/// these into their ConcurrencyConflict status (409), never a 500; nothing of the losing write is committed. One
/// mechanism applies it: every content write runs as a unit through <see cref="Changes.ChangeLog.WriteAsync{TResult}"/>.
/// </summary>
public static class WriteConflict
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case DbUpdateConcurrencyException:
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }:
                case PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.LockNotAvailable }:
                    return true;
            }
        }

        return false;
    }
}
