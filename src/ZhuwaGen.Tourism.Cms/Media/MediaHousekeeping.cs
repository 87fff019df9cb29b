using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ZhuwaGen.Tourism.Cms.Media.Imaging;

namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>
/// Media chores that may wait until the site is listening, so they add nothing to start-up: stale temporary files
/// are swept from the media and cache folders, then stored originals are cleaned of metadata once
/// (<see cref="OriginalMetadataCleanup"/>). <see cref="Completion"/> lets an operator's tool or a test wait for it.
/// </summary>
internal sealed class MediaHousekeeping(
    IHostApplicationLifetime lifetime, IServiceProvider services, MediaFileStore files, ImageCacheQuota cache, Uploads.UploadSessionStore uploads, TimeProvider clock, ILogger<MediaHousekeeping> logger)
    : BackgroundService
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Completion => _done.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            {
                await started.Task.WaitAsync(stoppingToken);
            }

            // Off the request threads' way: the sweep and the cleanup are file work, done one file at a time.
            await Task.Yield();
            var now = clock.GetUtcNow().UtcDateTime;
            var swept = TempFileSweep.Sweep(files.Root, now, logger, stoppingToken) + TempFileSweep.Sweep(cache.Root, now, logger, stoppingToken)
                + TempFileSweep.SweepAll(uploads.Root, now, uploads.Lifetime, logger, stoppingToken);
            if (swept > 0)
            {
                logger.LogInformation("Deleted {Count} stale temporary media files", swept);
            }

            await services.GetRequiredService<OriginalMetadataCleanup>().RunAsync(stoppingToken);
            _done.TrySetResult();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _done.TrySetCanceled(stoppingToken);
        }
        catch (Exception exception)
        {
            // A chore, not a reason to stop the site.
            logger.LogError(exception, "Media housekeeping failed");
            _done.TrySetException(exception);
        }
    }
}
