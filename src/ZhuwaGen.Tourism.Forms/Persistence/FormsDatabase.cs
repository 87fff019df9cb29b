using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace ZhuwaGen.Tourism.Forms.Persistence;

/// <summary>Provider options shared by the host, the design-time factories and the tests.</summary>
public static class FormsDatabase
{
    public static void Sqlite(SqliteDbContextOptionsBuilder options) =>
        options.MigrationsHistoryTable(FormsDbContext.MigrationsHistoryTable);

    public static void Postgres(NpgsqlDbContextOptionsBuilder options) =>
        options.MigrationsHistoryTable(FormsDbContext.MigrationsHistoryTable);
}
