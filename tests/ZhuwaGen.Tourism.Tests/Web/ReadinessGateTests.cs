using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Web.Startup;

namespace ZhuwaGen.Tourism.Tests.Web;

/// <summary>
/// The server listens while the site is prepared; <see cref="ReadinessGate"/> holds early requests until the site is
/// ready, answers the health endpoint "Unhealthy" meanwhile without running it, and answers 503 when the preparation
/// failed.
/// </summary>
public sealed class ReadinessGateTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private int _healthRuns;

    private Readiness Readiness => _app.Services.GetRequiredService<Readiness>();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<Readiness>();
        builder.Services.AddProblemDetails();
        _app = builder.Build();
        _app.UseRouting();
        _app.UseReadinessGate();
        _app.MapGet("/page", () => "the page");
        _app.MapGet("/healthz", () =>
        {
            _healthRuns++;
            return "Healthy";
        }).WithMetadata(ReadinessGate.HealthEndpoint.Instance);
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_request_before_the_site_is_ready_waits_for_it_and_is_then_answered()
    {
        var page = _client.GetStringAsync("/page");

        using (var starting = await _client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, starting.StatusCode);
            Assert.Equal("Unhealthy", await starting.Content.ReadAsStringAsync());
            Assert.Equal("text/plain", starting.Content.Headers.ContentType?.MediaType);
            Assert.Equal(0, _healthRuns);
        }

        await Task.Delay(200);
        Assert.False(page.IsCompleted);

        Readiness.MarkReady();

        Assert.Equal("the page", await page.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("Healthy", await _client.GetStringAsync("/healthz"));
        Assert.Equal(1, _healthRuns);
    }

    [Fact]
    public async Task Requests_waiting_when_the_preparation_fails_get_a_503_problem()
    {
        var waiting = _client.GetAsync("/page");
        await Task.Delay(100);

        Readiness.MarkFailed();

        using var response = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(ReadinessGate.FailedTitle, await response.Content.ReadAsStringAsync());
        using var later = await _client.GetAsync("/page");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, later.StatusCode);
        using var health = await _client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(0, _healthRuns);
    }
}
