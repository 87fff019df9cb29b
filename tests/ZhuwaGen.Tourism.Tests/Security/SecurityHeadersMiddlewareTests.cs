using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Web.Security;

namespace ZhuwaGen.Tourism.Tests.Security;

/// <summary>The middleware on its own: what an endpoint decides itself is kept, and the nonce reaches the renderer.</summary>
public sealed class SecurityHeadersMiddlewareTests
{
    [Fact]
    public async Task A_referrer_policy_the_endpoint_set_is_kept()
    {
        await using var app = await StartAsync(app => app.MapGet("/token-page", (HttpContext context) =>
        {
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            return Results.Content("<p>secret link</p>", "text/html");
        }));
        using var response = await app.GetTestClient().GetAsync("/token-page");

        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_nonce_a_renderer_reads_is_the_one_in_the_policy()
    {
        await using var app = await StartAsync(app => app.MapGet("/page", (HttpContext context) =>
            Results.Content($"<script nonce=\"{context.CspNonce()}\">1</script>", "text/html")));
        using var response = await app.GetTestClient().GetAsync("/page");
        var body = await response.Content.ReadAsStringAsync();
        var nonce = body.Split('"')[1];

        Assert.False(string.IsNullOrEmpty(nonce));
        Assert.Contains($"'nonce-{nonce}'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task An_exception_handler_answer_carries_the_headers_too()
    {
        await using var app = await StartAsync(app => app.MapGet("/boom", IResult () => throw new InvalidOperationException("boom")));
        using var response = await app.GetTestClient().GetAsync("/boom");

        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
    }

    private static async Task<WebApplication> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseTestServer();
        builder.Services.AddSecurityHeaders().AddProblemDetails();
        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        map(app);
        await app.StartAsync();
        return app;
    }
}
