using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Bookings.Retention;

/// <summary>Runs <see cref="BookingRetention"/> and <see cref="EntryRetention"/> every <see cref="BookingOptions.RetentionCheckInterval"/>; safe on several instances (the update checks it is not done yet).</summary>
internal sealed class BookingRetentionJob(IServiceScopeFactory scopes, FormRegistry forms, IOptions<BookingOptions> options, ILogger<BookingRetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await forms.Loaded.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var count = await scope.ServiceProvider.GetRequiredService<BookingRetention>().AnonymiseExpiredAsync(stoppingToken);
                var entries = await scope.ServiceProvider.GetRequiredService<EntryRetention>().AnonymiseExpiredAsync(stoppingToken);
                if (count + entries > 0)
                {
                    logger.LogInformation("Anonymised the guest data of {Count} booking(s) and {Entries} other entry(ies) past retention", count, entries);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not anonymise bookings past retention");
            }

            await Task.Delay(options.Value.RetentionCheckInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
