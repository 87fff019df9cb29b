using Microsoft.Data.Sqlite;
using Npgsql;

namespace ZhuwaGen.Tourism.Forms.Persistence;

/// <summary>
/// A write the database refused because a row it points at is gone (an entry for a form deleted meanwhile) or
/// because rows still point at the one it removes (a form an entry arrived for). Not a race worth retrying: the
/// outcome is settled, and the caller answers as if it had read the other write first.
/// </summary>
public static class ForeignKeyViolation
{
    private const int SqliteConstraintForeignKey = 787;

    public static bool Is(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException { SqliteExtendedErrorCode: SqliteConstraintForeignKey } or PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation })
            {
                return true;
            }
        }

        return false;
    }
}
