using Microsoft.Data.Sqlite;
using Npgsql;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Persistence;

/// <summary>
/// A write that lost a race and is worth retrying: a unique index refused it (another request took the same unit,
/// idempotency key or reference first) or the database chose it as a busy, deadlock or serialization victim.
/// </summary>
public static class UniqueConflict
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintForeignKey = 787;

    public static bool Is(Exception exception)
    {
        if (WriteConflict.Is(exception))
        {
            return true;
        }

        for (var current = exception; current is not null; current = current.InnerException)
        {
            // SQLite reports every constraint as 19; a foreign key refusal is settled, not a race to retry.
            if (current is SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: not SqliteConstraintForeignKey } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }
}
