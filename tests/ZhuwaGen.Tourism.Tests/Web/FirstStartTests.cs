using System.Net;
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

        await HealthyAsync(client, process, TimeSpan.FromSeconds(120));

        var output = process.Output;
        Assert.False(output.Contains("fail:", StringComparison.Ordinal), output);
        await using var db = database.OpenCms();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }

    private static async Task HealthyAsync(HttpClient client, WebAppProcess process, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"/healthz never answered Healthy:\n{process.Output}");
    }
}
