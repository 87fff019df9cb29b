using System.Runtime;
using ZhuwaGen.Tourism.Cms.Changes;

namespace ZhuwaGen.Tourism.Web.Startup;

/// <summary>
/// Gives back the memory of the start-up work once it is done. Building the search index and the stored Delivery
/// JSON after the site listens leaves the GC with a large committed heap that an idle site would keep for a long
/// time; one aggressive, compacting collection (large objects included) returns it to the system. It runs once, after
/// the consumers built after start-up are built, so it never pauses a request during the start itself.
/// </summary>
internal sealed class StartupMemoryTrim(IHostApplicationLifetime lifetime, ChangePipeline changes, ILogger<StartupMemoryTrim> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = TrimAfterWarmingAsync(lifetime.ApplicationStopping));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task TrimAfterWarmingAsync(CancellationToken stopping)
    {
        try
        {
            await changes.Warmed.WaitAsync(stopping);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var before = GC.GetGCMemoryInfo().TotalCommittedBytes;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        logger.LogDebug(
            "Start-up work done: GC committed memory {Before} MB → {After} MB",
            before / 1048576, GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576);
    }
}
