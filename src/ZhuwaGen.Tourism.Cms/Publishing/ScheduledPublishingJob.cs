using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ZhuwaGen.Tourism.Cms.Publishing;

/// <summary>Runs due schedules every <see cref="ScheduledPublishingOptions.Interval"/>.</summary>
public sealed class ScheduledPublishingJob(
    IServiceScopeFactory scopes,
    IOptions<ScheduledPublishingOptions> options,
    TimeProvider clock,
    ILogger<ScheduledPublishingJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var scheduling = scope.ServiceProvider.GetRequiredService<SchedulingService>();
                var changed = await scheduling.RunDueAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
                if (changed > 0)
                {
                    logger.LogInformation("Scheduled publishing changed {Count} items", changed);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Scheduled publishing failed; it runs again at the next interval");
            }
        }
    }
}
