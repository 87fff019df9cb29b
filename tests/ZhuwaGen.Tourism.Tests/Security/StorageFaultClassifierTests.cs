using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ZhuwaGen.Tourism.Cms.Persistence.Faults;

namespace ZhuwaGen.Tourism.Tests.Security;

/// <summary>Which exceptions are storage failures (503, Degraded) and which stay ordinary errors.</summary>
public sealed class StorageFaultClassifierTests
{
    public static TheoryData<Exception, StorageFault> Cases => new()
    {
        { new SqliteException("SQLite Error 8: 'attempt to write a readonly database'.", 8), StorageFault.ReadOnly },
        { new SqliteException("SQLite Error 13: 'database or disk is full'.", 13), StorageFault.Full },
        { new SqliteException("SQLite Error 10: 'disk I/O error'.", 10, 266), StorageFault.Unavailable },
        { new SqliteException("SQLite Error 14: 'unable to open database file'.", 14), StorageFault.Unavailable },
        { new DbUpdateException("An error occurred while saving", new SqliteException("readonly", 8)), StorageFault.ReadOnly },
        { new PostgresException("read-only transaction", "ERROR", "ERROR", "25006"), StorageFault.ReadOnly },
        { new PostgresException("No space left on device", "ERROR", "ERROR", "53100"), StorageFault.Full },
        { new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03"), StorageFault.Unavailable },
        { new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)), StorageFault.Unavailable },
        { new IOException("No space left on device", 28), StorageFault.Full },
        { new IOException("Disk quota exceeded", 122), StorageFault.Full },
        { new IOException("Read-only file system", 30), StorageFault.ReadOnly },
        { new IOException("Input/output error", 5), StorageFault.Unavailable },

        // Not storage failures: a constraint, a missing file, a bug.
        { new DbUpdateException("duplicate", new SqliteException("SQLite Error 19: 'UNIQUE constraint failed'.", 19)), StorageFault.None },
        { new PostgresException("duplicate key value", "ERROR", "ERROR", "23505"), StorageFault.None },
        { new FileNotFoundException("gone"), StorageFault.None },
        { new InvalidOperationException("bug"), StorageFault.None },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classifies_storage_failures_by_kind(Exception exception, StorageFault expected) =>
        Assert.Equal(expected, StorageFaultClassifier.Classify(exception));
}
