using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Workflows;

/// <summary>Reads the outbox every poll interval, and again at once while rows keep coming.</summary>
internal sealed class WorkflowRunnerJob(WorkflowRunner runner, FormRegistry forms, IOptions<WorkflowOptions> options, ILogger<WorkflowRunnerJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await forms.Loaded.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var attempted = 0;
            try
            {
                attempted = await runner.RunDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database was away; the rows stay and are read on the next round.
                logger.LogWarning(exception, "Could not read the forms workflow outbox");
            }

            if (attempted == 0)
            {
                await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
