using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Faults;

namespace ZhuwaGen.Tourism.Cms.Hosting;

/// <summary>
/// Before the host starts: opens the configured database and checks it takes writes, on a plain connection (no EF
/// Core logging), so an unusable database stops the start with one <see cref="CmsStartupException"/> line that names
/// the problem instead of a stack trace from the middle of a migration.
/// </summary>
public static class DatabaseProbe
{
    public static async Task EnsureUsableAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<CmsDbContext>().Database;
        var sqlite = database.IsSqlite();
        var where = "the database";
        try
        {
            var connection = database.GetDbConnection();
            where = Describe(connection);
            await connection.OpenAsync(cancellationToken);
            try
            {
                if (sqlite)
                {
                    await ProbeSqliteWriteAsync(connection, cancellationToken);
                }
                else if (await ScalarAsync(connection, "SHOW transaction_read_only", cancellationToken) is "on")
                {
                    throw new CmsStartupException($"{where} is read-only (transaction_read_only is on; a standby?). The CMS needs to write to it: point ConnectionStrings:Cms at the primary.");
                }
            }
            finally
            {
                await connection.CloseAsync();
            }
        }
        catch (ArgumentException exception)
        {
            throw new CmsStartupException($"ConnectionStrings:Cms is not a valid {(sqlite ? "SQLite" : "PostgreSQL")} connection string ({OneLine(exception.Message)}).");
        }
        catch (Exception exception) when (exception is DbException or IOException or UnauthorizedAccessException or TimeoutException)
        {
            throw new CmsStartupException(Explain(where, StorageFaultClassifier.Classify(exception), exception));
        }
    }

    // Writes the header value it just read: a no-op that still needs a write lock, the journal and the file writable.
    private static async Task ProbeSqliteWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var version = Convert.ToInt64(await ScalarAsync(connection, "PRAGMA user_version", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await using var write = connection.CreateCommand();
        write.CommandText = $"PRAGMA user_version = {version}";
        await write.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    // Names the database without the password a PostgreSQL connection string may hold.
    private static string Describe(DbConnection connection) => connection switch
    {
        SqliteConnection sqlite => $"the SQLite database {new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource}",
        NpgsqlConnection postgres when new NpgsqlConnectionStringBuilder(postgres.ConnectionString) is var settings =>
            $"the PostgreSQL database {settings.Database} on {settings.Host}:{settings.Port}",
        _ => "the database",
    };

    private static string Explain(string where, StorageFault fault, Exception exception)
    {
        var reason = OneLine(exception.GetBaseException() is var inner && inner != exception
            ? $"{exception.Message}: {inner.Message}"
            : exception.Message);
        return fault switch
        {
            StorageFault.ReadOnly => $"{where} is read-only ({reason}). The CMS needs to write to it: check the file's and folder's permissions and that ConnectionStrings:Cms does not say Mode=ReadOnly.",
            StorageFault.Full => $"{where} cannot be written because the disk is full ({reason}). Free some space and start again.",
            _ when exception is NpgsqlException and not PostgresException => $"{where} cannot be reached ({reason}). Check that PostgreSQL is running and ConnectionStrings:Cms names it.",
            _ when exception is PostgresException => $"{where} cannot be opened ({reason}). Check the database, user and password in ConnectionStrings:Cms.",
            _ => $"{where} cannot be opened ({reason}). Check ConnectionStrings:Cms, and that the file's folder exists and is writable.",
        };
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
}
