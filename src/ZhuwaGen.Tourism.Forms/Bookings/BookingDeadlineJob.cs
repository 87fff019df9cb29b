using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Bookings;

/// <summary>Declines requests the owner did not answer in time, which releases the rooms and mails the guest.</summary>
internal sealed class BookingDeadlineJob(IServiceScopeFactory scopes, FormRegistry forms, IOptions<BookingOptions> options, ILogger<BookingDeadlineJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await forms.Loaded.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.DeadlineCheckInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var expired = await scope.ServiceProvider.GetRequiredService<BookingService>().ExpireOverdueAsync(stoppingToken);
                if (expired > 0)
                {
                    logger.LogInformation("Declined {Count} booking request(s) past their reply deadline", expired);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not check booking reply deadlines");
            }
        }
    }
}
