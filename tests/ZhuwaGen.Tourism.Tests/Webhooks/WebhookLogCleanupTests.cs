using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Webhooks;

/// <summary>Umbraco:CMS:Webhook:EnableLoggingCleanup and KeepLogsForDays, driven through the job's RunOnceAsync.</summary>
public sealed class WebhookLogCleanupTests
{
    [Theory, BothProviders]
    public async Task Log_entries_older_than_KeepLogsForDays_are_deleted_and_newer_ones_kept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database);
        var webhook = await AddWebhookAsync(host);
        await AddLogsAsync(host, webhook, host.Now.AddDays(-31), host.Now.AddDays(-30).AddMinutes(-1), host.Now.AddDays(-29), host.Now);

        var deleted = await host.Services.GetRequiredService<WebhookLogCleanup>().RunOnceAsync(host.Now, default);

        Assert.Equal(2, deleted);
        Assert.Equal([host.Now, host.Now.AddDays(-29)], await LogDatesAsync(host));
    }

    [Theory]
    [InlineData("false", null, 3)]
    [InlineData(null, "7", 1)]
    public async Task Cleanup_follows_its_settings(string? enabled, string? keepDays, int kept)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await WebhookHost.StartAsync(database, settings =>
        {
            // Only what the case sets: a null value would bind as false or 0 rather than leave the default.
            if (enabled is not null)
            {
                settings["Umbraco:CMS:Webhook:EnableLoggingCleanup"] = enabled;
            }

            if (keepDays is not null)
            {
                settings["Umbraco:CMS:Webhook:KeepLogsForDays"] = keepDays;
            }
        });
        var webhook = await AddWebhookAsync(host);
        await AddLogsAsync(host, webhook, host.Now.AddDays(-40), host.Now.AddDays(-8), host.Now.AddDays(-1));

        await host.Services.GetRequiredService<WebhookLogCleanup>().RunOnceAsync(host.Now, default);

        Assert.Equal(kept, (await LogDatesAsync(host)).Count);
    }

    private static async Task<Guid> AddWebhookAsync(WebhookHost host) =>
        (await host.AddWebhookAsync(new WebhookInput("https://partner.example/hook", [WebhookEvents.ContentPublish], []))).Webhook.Id;

    private static Task AddLogsAsync(WebhookHost host, Guid webhook, params DateTime[] dates) =>
        host.WithScopeAsync<CmsDbContext>(async db =>
        {
            db.WebhookLogs.AddRange(dates.Select(date => new WebhookLogEntity
            {
                Key = Guid.NewGuid(),
                WebhookKey = webhook,
                EventAlias = WebhookEvents.ContentPublish,
                Url = "https://partner.example/hook",
                Date = date,
                StatusCode = 200,
                IsSuccess = true,
                RequestBody = "{}",
            }));
            await db.SaveChangesAsync();
        });

    private static Task<List<DateTime>> LogDatesAsync(WebhookHost host) =>
        host.WithScopeAsync<CmsDbContext, List<DateTime>>(db => db.WebhookLogs.OrderByDescending(l => l.Date).Select(l => l.Date).ToListAsync());
}
