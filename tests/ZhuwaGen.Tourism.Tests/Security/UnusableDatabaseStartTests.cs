using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Security;

/// <summary>
/// The built app started on a database it cannot use ends with one line on stderr that names the problem, and exit
/// code 1, never a stack trace. (As root chmod does not make a file read-only, so Mode=ReadOnly stands in for it.)
/// </summary>
public sealed class UnusableDatabaseStartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zhuwagen-unusable-").FullName;

    [Fact]
    public async Task A_directory_as_the_database_file_is_named_in_one_line()
    {
        var output = await StartAsync(DatabaseProvider.Sqlite, $"Data Source={_folder}");

        Assert.Contains($"the SQLite database {_folder} cannot be opened", output);
    }

    [Fact]
    public async Task A_database_in_a_missing_folder_is_named_in_one_line()
    {
        var file = Path.Combine(_folder, "missing", "zhuwagen.db");
        var output = await StartAsync(DatabaseProvider.Sqlite, $"Data Source={file};Mode=ReadOnly");

        Assert.Contains($"the SQLite database {file} cannot be opened", output);
    }

    [Fact]
    public async Task A_read_only_database_is_named_in_one_line()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var output = await StartAsync(DatabaseProvider.Sqlite, database.ConnectionString + ";Mode=ReadOnly");

        Assert.Contains($"the SQLite database {database.SqliteFile} is read-only", output);
        Assert.Contains("attempt to write a readonly database", output);
    }

    [Fact]
    public async Task A_malformed_connection_string_is_named_in_one_line()
    {
        var output = await StartAsync(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "x.db")};Colour=blue");

        Assert.Contains("ConnectionStrings:Cms is not a valid SQLite connection string", output);
        Assert.Contains("'colour'", output);
    }

    [Fact]
    public async Task PostgreSQL_that_is_down_is_named_in_one_line_without_the_password()
    {
        var output = await StartAsync(
            DatabaseProvider.Postgres, $"Host=127.0.0.1;Port={WebAppProcess.FreePort()};Username=cms;Password=hunter22;Database=cms;Timeout=5");

        Assert.Contains("the PostgreSQL database cms on 127.0.0.1:", output);
        Assert.Contains("cannot be reached", output);
        Assert.DoesNotContain("hunter22", output);
    }

    [Fact]
    public async Task PostgreSQL_without_a_connection_string_is_named_in_one_line()
    {
        var output = await StartAsync(DatabaseProvider.Postgres, string.Empty);

        Assert.Contains("ConnectionStrings:Cms is not set", output);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Runs the app on <paramref name="connectionString"/>; asserts exit 1 and one line without stack frames, and returns that line.</summary>
    private static async Task<string> StartAsync(DatabaseProvider provider, string connectionString)
    {
        await using var placeholder = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var process = WebAppProcess.Start(placeholder, [], new Dictionary<string, string>
        {
            ["Database__Provider"] = provider.ToString(),
            ["ConnectionStrings__Cms"] = connectionString,
            ["Urls"] = $"http://127.0.0.1:{WebAppProcess.FreePort()}",
        });

        var exitCode = await process.WaitForExitAsync(TimeSpan.FromSeconds(90));
        var lines = process.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain("   at ", process.Output);
        var line = Assert.Single(lines);
        Assert.StartsWith("ZhuwaGen Tourism cannot start: ", line);
        return line;
    }
}
