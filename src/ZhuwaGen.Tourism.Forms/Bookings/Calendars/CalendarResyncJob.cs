using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Hosting;

namespace ZhuwaGen.Tourism.Forms.Bookings.Calendars;

/// <summary>
/// Looks for due calendar subscriptions every minute (or every interval, when that is shorter); each one is due
/// <c>Forms:Bookings:CalendarSyncInterval</c> after its last read. Waits on Forms' clock, so tests move time.
/// </summary>
internal sealed class CalendarResyncJob(
    CalendarResync resync,
    FormRegistry forms,
    IOptions<BookingOptions> options,
    [FromKeyedServices(FormsClock.Key)] TimeProvider clock,
    ILogger<CalendarResyncJob> logger) : BackgroundService
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await forms.Loaded.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await resync.RunDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database was away; the subscriptions stay due and are read on the next round.
                logger.LogWarning(exception, "Could not read the calendar subscriptions");
            }

            var wait = options.Value.CalendarSyncInterval < LongestWait ? options.Value.CalendarSyncInterval : LongestWait;
            await Task.Delay(wait, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
