using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ZhuwaGen.Tourism.Cms.Persistence.Faults;

/// <summary>
/// Recognises storage failures in an exception and its inner exceptions (EF Core wraps the provider's exception in a
/// DbUpdateException), for both database providers and for the media files on disk.
/// </summary>
public static class StorageFaultClassifier
{
    // SQLite primary result codes (https://sqlite.org/rescode.html).
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;

    // Linux errno values, which .NET puts in IOException.HResult, and the Windows HRESULTs for a full disk.
    private const int EIO = 5;
    private const int ENOSPC = 28;
    private const int EROFS = 30;
    private const int EDQUOT = 122;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    public static StorageFault Classify(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var fault = ClassifyOne(current);
            if (fault != StorageFault.None)
            {
                return fault;
            }

            if (current is AggregateException { InnerExceptions.Count: 1 } aggregate)
            {
                return Classify(aggregate.InnerExceptions[0]);
            }
        }

        return StorageFault.None;
    }

    private static StorageFault ClassifyOne(Exception exception) => exception switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) switch
        {
            SqliteReadOnly => StorageFault.ReadOnly,
            SqliteFull => StorageFault.Full,
            SqliteIoError or SqliteCantOpen => StorageFault.Unavailable,
            _ => StorageFault.None,
        },
        PostgresException postgres => Postgres(postgres.SqlState),

        // Not a PostgresException: the server never answered (refused, reset, timed out, DNS) — PostgreSQL is down.
        NpgsqlException { InnerException: SocketException or TimeoutException or IOException } => StorageFault.Unavailable,
        NpgsqlException npgsql when npgsql.IsTransient => StorageFault.Unavailable,
        IOException io => io.HResult switch
        {
            ENOSPC or EDQUOT or WindowsDiskFull or WindowsHandleDiskFull => StorageFault.Full,
            EROFS => StorageFault.ReadOnly,
            EIO => StorageFault.Unavailable,
            _ => StorageFault.None,
        },
        _ => StorageFault.None,
    };

    // https://www.postgresql.org/docs/current/errcodes-appendix.html
    private static StorageFault Postgres(string sqlState) => sqlState switch
    {
        "25006" => StorageFault.ReadOnly,                    // read_only_sql_transaction (a standby, default_transaction_read_only)
        "53100" => StorageFault.Full,                        // disk_full
        "58030" => StorageFault.Unavailable,                 // io_error
        "57P01" or "57P02" or "57P03" => StorageFault.Unavailable, // shutting down, crashed, not accepting connections yet
        _ when sqlState.StartsWith("08", StringComparison.Ordinal) => StorageFault.Unavailable, // connection exception
        _ when sqlState.StartsWith("53", StringComparison.Ordinal) => StorageFault.Unavailable, // insufficient resources
        _ => StorageFault.None,
    };
}
