using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Web;

/// <summary>The built app run the way an operator runs it: `schema export FILE` and `--urls`.</summary>
public sealed class CommandLineTests
{
    private static readonly TimeSpan ExitLimit = TimeSpan.FromSeconds(120);

    [Theory, BothProviders]
    public async Task Schema_export_after_importing_the_repository_umbraco_config_gives_the_same_file(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = Path.Combine(Path.GetTempPath(), $"zhuwagen-export-{Guid.NewGuid():N}.config");
        try
        {
            using var process = WebAppProcess.Start(database, ["schema", "export", file]);
            var exitCode = await process.WaitForExitAsync(ExitLimit);

            Assert.True(exitCode == 0, $"exit code {exitCode}:\n{process.Output}");
            var exported = await File.ReadAllTextAsync(file);
            var parsed = SchemaFileReader.Parse(exported);
            Assert.True(parsed.Succeeded, string.Join("\n", parsed.Errors));
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(CmsTestHost.RepositoryRoot, "umbraco.config")), exported);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Schema_export_with_a_wrong_argument_count_exits_2()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        using var process = WebAppProcess.Start(database, ["schema", "export"]);
        var exitCode = await process.WaitForExitAsync(ExitLimit);

        Assert.Equal(2, exitCode);
        Assert.Contains("Usage: schema export FILE", process.Output);
    }

    [Fact]
    public async Task Urls_argument_sets_where_the_site_listens()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var address = $"http://127.0.0.1:{WebAppProcess.FreePort()}";
        using var process = WebAppProcess.Start(database, ["--urls", address]);
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) };

        Assert.True(await process.HealthyWithinAsync(client, TimeSpan.FromSeconds(60)), $"/healthz never answered 200:\n{process.Output}");
        var home = await client.GetStringAsync("/");

        Assert.Contains("桑久红色驿站", home);
        // The install link names the address the site really listens on, not the default one.
        Assert.True(await OutputWithinAsync(process, $"{address}/install?token=", TimeSpan.FromSeconds(10)), process.Output);
    }

    private static async Task<bool> OutputWithinAsync(WebAppProcess process, string text, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!process.Output.Contains(text, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return process.Output.Contains(text, StringComparison.Ordinal);
    }
}
