using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Web;

/// <summary>
/// The built app, run as an operator runs it, listens before the site is prepared (a migrated but empty database:
/// schema import and seed): /healthz answers "Unhealthy" first, without logging an error, and a page asked for then
/// is served once ready.
/// </summary>
public sealed class ListenWhilePreparingTests
{
    [Fact]
    public async Task The_server_answers_while_the_site_is_prepared_and_an_early_page_request_is_served_when_ready()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var address = $"http://127.0.0.1:{WebAppProcess.FreePort()}";
        using var process = WebAppProcess.Start(database, ["--urls", address]);
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };

        var (status, body) = await FirstHealthAnswerAsync(client, process, TimeSpan.FromSeconds(60));
        var home = client.GetAsync("/");

        Assert.True(status == HttpStatusCode.ServiceUnavailable, $"first /healthz answer {(int)status} {body}:\n{process.Output}");
        Assert.Equal("Unhealthy", body);
        using var response = await home;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("桑久红色驿站", await response.Content.ReadAsStringAsync());
        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        // The polls while starting are answered by the gate, so no health check failed and nothing was logged as one.
        Assert.DoesNotContain("Health check", process.Output);
    }

    /// <summary>Polls /healthz every 10 ms until the server answers at all (any status), or the process dies.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> FirstHealthAnswerAsync(HttpClient client, WebAppProcess process, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/healthz");
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"/healthz never answered:\n{process.Output}");
    }
}
