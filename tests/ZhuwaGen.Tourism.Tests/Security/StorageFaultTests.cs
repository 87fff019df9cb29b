using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Security;

/// <summary>
/// A read-only or full database answers writes with 503 and a problem saying the site is read-only for now, /healthz
/// says Degraded while it lasts, reads go on, and the first write that works again makes the site Healthy.
/// </summary>
public sealed class StorageFaultTests
{
    [Theory, BothProviders]
    public async Task Read_only_database_answers_503_read_only_problem_and_healthz_is_degraded_until_a_write_works(DatabaseProvider provider)
    {
        Func<Exception> readOnly = provider == DatabaseProvider.Sqlite
            ? () => new SqliteException("SQLite Error 8: 'attempt to write a readonly database'.", 8)
            : () => new PostgresException("cannot execute INSERT in a read-only transaction", "ERROR", "ERROR", "25006");

        await WritesFailThenRecoverAsync(provider, readOnly, "read-only");
    }

    [Theory, BothProviders]
    public async Task Full_disk_answers_503_read_only_problem_and_healthz_is_degraded_until_a_write_works(DatabaseProvider provider)
    {
        Func<Exception> full = provider == DatabaseProvider.Sqlite
            ? () => new SqliteException("SQLite Error 13: 'database or disk is full'.", 13)
            : () => new PostgresException("could not extend file: No space left on device", "ERROR", "ERROR", "53100");

        await WritesFailThenRecoverAsync(provider, full, "disk is full");
    }

    private static async Task WritesFailThenRecoverAsync(DatabaseProvider provider, Func<Exception> fault, string detail)
    {
        var injector = new WriteFaultInjector();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var site = new SiteFactory(database) { TestServices = injector.Register }.Start();
        using var admin = await ManagementClients.BearerClientAsync(site, "admin");
        using var anonymous = site.CreateClient();
        var parent = await DocumentApi.ChildOfSiteAsync(admin, "storyList");
        Assert.Equal("Healthy", await anonymous.GetStringAsync("/healthz"));

        // The consumers' background writes for the changes made so far land before the fault, not inside it.
        await site.Services.GetRequiredService<ChangePipeline>().WaitForIdleAsync(default);
        injector.Fault = fault;
        using var failed = await admin.PostAsJsonAsync($"{DocumentApi.Api}/document", DocumentApi.Story(parent, "During the fault"));
        var problem = await failed.Content.ReadFromJsonAsync<JsonElement>();
        using var home = await anonymous.GetAsync("/");
        var degraded = await anonymous.GetStringAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("The site is read-only for now", problem.GetProperty("title").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
        Assert.True(failed.Headers.RetryAfter is not null, "no Retry-After");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("Degraded", degraded);

        injector.Fault = null;
        using var saved = await admin.PostAsJsonAsync($"{DocumentApi.Api}/document", DocumentApi.Story(parent, "After the fault"));

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal("Healthy", await anonymous.GetStringAsync("/healthz"));
    }
}
