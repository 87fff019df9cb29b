using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>
/// Umbraco's WebhookLoggingCleanup job: when <see cref="WebhookOptions.EnableLoggingCleanup"/> is on, deletes the
/// delivery log rows older than <see cref="WebhookOptions.KeepLogsForDays"/> days, shortly after start and then once a
/// day. Deleting twice is harmless, so unlike the firing job it needs no single instance.
/// </summary>
public sealed class WebhookLogCleanup(
    IServiceScopeFactory scopes,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookLogCleanup> logger) : BackgroundService
{
    /// <summary>Lets the site migrate its database before the first run.</summary>
    internal static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(1);

    internal static readonly TimeSpan Period = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.EnableLoggingCleanup)
        {
            return;
        }

        await Task.Delay(FirstDelay, clock, stoppingToken);
        using var timer = new PeriodicTimer(Period, clock);
        do
        {
            try
            {
                await RunOnceAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Cleaning up the webhook log failed; it is tried again tomorrow");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Deletes the log rows dated before <paramref name="now"/> minus KeepLogsForDays; returns how many.</summary>
    public async Task<int> RunOnceAsync(DateTime now, CancellationToken cancellationToken)
    {
        if (!options.Value.EnableLoggingCleanup)
        {
            return 0;
        }

        var before = now - TimeSpan.FromDays(options.Value.KeepLogsForDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var deleted = await db.WebhookLogs.Where(l => l.Date < before).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} webhook log entries dated before {Before:O}", deleted, before);
        }

        return deleted;
    }
}
