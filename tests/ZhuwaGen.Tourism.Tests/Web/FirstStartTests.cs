using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Web;

/// <summary>
/// The built app's first start on a new, empty database, run as an operator runs it: the site migrates, seeds and
/// becomes healthy without logging a failure on the way, and keeps its first Data Protection key in the database
/// (ASP.NET Core's own key-ring load ran before the migrations and failed there).
/// </summary>
public sealed class FirstStartTests
{
    [Theory, BothProviders]
    public async Task A_first_start_on_an_empty_database_logs_no_failure_and_keeps_its_key(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        var address = $"http://127.0.0.1:{WebAppProcess.FreePort()}";
        using var process = WebAppProcess.Start(database, ["--urls", address]);
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };

        Assert.True(await process.HealthyWithinAsync(client, TimeSpan.FromSeconds(120)), $"/healthz never answered 200:\n{process.Output}");

        var output = process.Output;
        Assert.False(output.Contains("fail:", StringComparison.Ordinal), output);
        await using var db = database.OpenCms();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }
}
