using System.Diagnostics;

namespace ZhuwaGen.Tourism.Tests.Infrastructure;

/// <summary>tests/run-summary.py, the closing lines of tests/run.sh, counts providers from the test's argument.</summary>
public sealed class RunSummaryTests
{
    [Fact]
    public async Task Providers_are_counted_from_the_provider_argument_not_from_the_method_name()
    {
        var folder = Directory.CreateTempSubdirectory("zhuwagen-trx-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "results.trx"), Trx(
                ("A.Postgres_template_is_copied", "Passed"),
                ("A.Sqlite_file_is_deleted", "Passed"),
                ("B.Publish(provider: Postgres)", "Passed"),
                ("B.Publish(provider: Sqlite)", "Failed"),
                ("C.Login(provider: Sqlite, bearer: True)", "Passed"),
                ("D.Row(provider: Postgres, method: \"GET\", path: \"/x\")", "Passed")));

            var output = await RunAsync("python3", Path.Combine(CmsTestHost.RepositoryRoot, "tests", "run-summary.py"), folder);

            Assert.Equal("storage tests: 2 on PostgreSQL, 2 on SQLite\n5 passed, 1 failed\n", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Trx(params (string Name, string Outcome)[] results) =>
        "<TestRun xmlns=\"http://microsoft.com/schemas/VisualStudio/TeamTest/2010\"><Results>"
        + string.Concat(results.Select(r => $"<UnitTestResult testName=\"{System.Security.SecurityElement.Escape(r.Name)}\" outcome=\"{r.Outcome}\" />"))
        + "</Results></TestRun>";

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
