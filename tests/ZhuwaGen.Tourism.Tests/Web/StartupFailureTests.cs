using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Web;

/// <summary>A broken umbraco.config stops the start with a message that says where the problem is.</summary>
public sealed class StartupFailureTests : IDisposable
{
    // Line 4 closes <Umbraco> while <Languages> is still open.
    private const string BrokenSchema = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Umbraco>\n  <Languages>\n</Umbraco>\n";
    private readonly string _schemaFile = Path.Combine(Path.GetTempPath(), $"zhuwagen-broken-{Guid.NewGuid():N}.config");

    public StartupFailureTests() => File.WriteAllText(_schemaFile, BrokenSchema);

    [Fact]
    public async Task Malformed_schema_file_stops_start_up_with_a_CmsStartupException_naming_the_line()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var site = new SiteFactory(database, new Dictionary<string, string?> { ["Cms:Schema:File"] = _schemaFile });

        // Program catches the exception to print it, so the factory only sees a host that never started; the host
        // logs the exception that stopped it.
        Assert.ThrowsAny<Exception>(() => site.Start());

        var failure = Assert.Single(site.Log.Exceptions.OfType<CmsStartupException>());
        Assert.Contains(_schemaFile, failure.Message);
        Assert.Contains("line 4", failure.Message);
    }

    [Fact]
    public async Task Malformed_schema_file_makes_the_app_exit_1_saying_which_line()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        using var process = WebAppProcess.Start(database, [], new Dictionary<string, string> { ["Cms__Schema__File"] = _schemaFile });
        var exitCode = await process.WaitForExitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(1, exitCode);
        Assert.Contains("ZhuwaGen Tourism cannot start:", process.Output);
        Assert.Contains("line 4", process.Output);

        // The one fault is the one reported: the background jobs stopped with the host are not logged as failures.
        Assert.DoesNotContain("BackgroundService failed", process.Output);
    }

    [Fact]
    public async Task Refused_unattended_administrator_stops_start_up_saying_what_to_fix()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var site = new SiteFactory(database, new Dictionary<string, string?>
        {
            ["Umbraco:CMS:Unattended:UnattendedUserName"] = "Admin",
            ["Umbraco:CMS:Unattended:UnattendedUserEmail"] = "ops@example.invalid",
            ["Umbraco:CMS:Unattended:UnattendedUserPassword"] = "short",
        });

        Assert.ThrowsAny<Exception>(() => site.Start());

        var failure = Assert.Single(site.Log.Exceptions.OfType<CmsStartupException>());
        Assert.Contains("Umbraco:CMS:Unattended", failure.Message);
        Assert.Contains("InvalidPassword", failure.Message);
    }

    public void Dispose() => File.Delete(_schemaFile);
}
