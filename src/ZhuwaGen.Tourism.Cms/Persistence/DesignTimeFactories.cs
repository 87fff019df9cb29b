using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ZhuwaGen.Tourism.Cms.Persistence;

// Used by `dotnet ef migrations add`, `dotnet ef dbcontext optimize` and CompiledModelTests; the connection strings are
// never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCmsDbContext>
{
    public SqliteCmsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCmsDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCmsDbContext>
{
    public PostgresCmsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCmsDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}
