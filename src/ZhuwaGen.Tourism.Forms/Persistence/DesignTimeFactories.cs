using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ZhuwaGen.Tourism.Forms.Persistence;

// Used by `dotnet ef migrations add`, `dotnet ef dbcontext optimize` and CompiledModelTests; the connection strings are
// never opened.
internal sealed class SqliteFormsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFormsDbContext>
{
    public SqliteFormsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFormsDbContext>().UseSqlite("Data Source=design.db", FormsDatabase.Sqlite).Options);
}

internal sealed class PostgresFormsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFormsDbContext>
{
    public PostgresFormsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresFormsDbContext>().UseNpgsql("Host=127.0.0.1;Database=design", FormsDatabase.Postgres).Options);
}
