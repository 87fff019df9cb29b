using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ZhuwaGen.Tourism.Cms.Persistence.Faults;
using ZhuwaGen.Tourism.Web.Faults;

namespace ZhuwaGen.Tourism.Tests.Security;

/// <summary>The handler on its own: failures outside EF Core (the media folder) and clients that accept no JSON.</summary>
public sealed class StorageFaultExceptionHandlerTests
{
    [Fact]
    public async Task A_full_disk_under_the_media_store_is_a_503_problem_and_marks_writes_failing()
    {
        await using var app = await StartAsync();
        using var response = await app.GetTestClient().PostAsync("/upload", null);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("The site is read-only for now", problem.GetProperty("title").GetString());
        Assert.Contains("disk is full", problem.GetProperty("detail").GetString());
        Assert.Equal(StorageFault.Full, app.Services.GetRequiredService<StorageWriteHealth>().LastFailure?.Fault);
    }

    [Fact]
    public async Task A_client_that_accepts_no_json_still_reads_why()
    {
        await using var app = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/upload");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/plain"));
        using var response = await app.GetTestClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.StartsWith("The site is read-only for now.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Other_exceptions_are_left_to_the_usual_500()
    {
        await using var app = await StartAsync();
        using var response = await app.GetTestClient().PostAsync("/bug", null);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Null(app.Services.GetRequiredService<StorageWriteHealth>().LastFailure);
    }

    private static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseTestServer();
        builder.Services.AddProblemDetails().AddStorageFaults();
        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapPost("/upload", IResult () => throw new IOException("No space left on device", 28));
        app.MapPost("/bug", IResult () => throw new InvalidOperationException("a bug"));
        await app.StartAsync();
        return app;
    }
}
