using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated database for one test. The migrations run once per provider into a template (a file for
/// SQLite, a template database for PostgreSQL) that each test copies, so every test starts clean and fast.
/// PostgreSQL comes from ZHUWAGEN_TEST_POSTGRES, which tests/run.sh sets after starting a throwaway cluster.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "ZHUWAGEN_TEST_POSTGRES";
    private static readonly SemaphoreSlim TemplateGate = new(1, 1);
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];
    private static string? _sqliteTemplate;
    private static string? _postgresTemplate;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        SqliteFile = sqliteFile;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string? SqliteFile { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var template = await SqliteTemplateAsync();
            var file = Path.Combine(Path.GetTempPath(), $"zhuwagen-test-{Guid.NewGuid():N}.db");
            File.Copy(template, file);
            return new TestDatabase(provider, $"Data Source={file};Pooling=False", file, null);
        }

        var server = PostgresServer();
        return await CreatePostgresAsync(server, $"TEMPLATE \"{await PostgresTemplateAsync(server)}\"");
    }

    /// <summary>A new database with nothing in it, not even the migrations: what an operator's first start meets.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"zhuwagen-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={file};Pooling=False", file, null);
        }

        return await CreatePostgresAsync(PostgresServer(), string.Empty);
    }

    /// <summary>
    /// A CMS context on this database, for a test to look at what a site left in it or to drive EF Core itself;
    /// <paramref name="log"/>, when given, sees every event EF Core logs on it.
    /// </summary>
    public CmsDbContext OpenCms(Action<EventData>? log = null) => Provider == DatabaseProvider.Sqlite
        ? new SqliteCmsDbContext(Logged(new DbContextOptionsBuilder<SqliteCmsDbContext>().UseSqlite(ConnectionString), log).Options)
        : new PostgresCmsDbContext(Logged(new DbContextOptionsBuilder<PostgresCmsDbContext>().UseNpgsql(ConnectionString), log).Options);

    private static DbContextOptionsBuilder<T> Logged<T>(DbContextOptionsBuilder<T> builder, Action<EventData>? log)
        where T : DbContext =>
        log is null ? builder : builder.LogTo((_, _) => true, log);

    private static async Task<TestDatabase> CreatePostgresAsync(string server, string template)
    {
        var name = $"zg_{RunId}_{Guid.NewGuid():N}"[..40];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" {template}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new TestDatabase(DatabaseProvider.Postgres, WithDatabase(server, name), null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (SqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(SqliteFile + suffix);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string PostgresServer() =>
        Environment.GetEnvironmentVariable(PostgresVariable)
        ?? throw new InvalidOperationException(
            $"{PostgresVariable} is not set. Run the tests with `bash tests/run.sh`, which starts a throwaway PostgreSQL and sets it.");

    private static string WithDatabase(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    private static async Task<string> SqliteTemplateAsync()
    {
        await TemplateGate.WaitAsync();
        try
        {
            if (_sqliteTemplate is null)
            {
                var file = Path.Combine(Path.GetTempPath(), $"zhuwagen-template-{RunId}.db");
                var options = new DbContextOptionsBuilder<SqliteCmsDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options;
                await using (var db = new SqliteCmsDbContext(options))
                {
                    await db.Database.MigrateAsync();
                }

                _sqliteTemplate = file;
            }

            return _sqliteTemplate;
        }
        finally
        {
            TemplateGate.Release();
        }
    }

    private static async Task<string> PostgresTemplateAsync(string server)
    {
        await TemplateGate.WaitAsync();
        try
        {
            if (_postgresTemplate is null)
            {
                var name = $"zg_template_{RunId}";
                var options = new DbContextOptionsBuilder<PostgresCmsDbContext>().UseNpgsql(WithDatabase(server, name)).Options;
                await using (var db = new PostgresCmsDbContext(options))
                {
                    await db.Database.MigrateAsync();
                }

                // CREATE DATABASE … TEMPLATE needs the template to have no open connections.
                NpgsqlConnection.ClearAllPools();
                _postgresTemplate = name;
            }

            return _postgresTemplate;
        }
        finally
        {
            TemplateGate.Release();
        }
    }
}
