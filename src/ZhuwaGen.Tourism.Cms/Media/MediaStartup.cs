using Microsoft.Extensions.Hosting;

namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>
/// Loads the media map once the host has started, that is after the site's start-up has migrated the database,
/// whatever order the hosted services were registered in. Media endpoints also load it on first use.
/// </summary>
internal sealed class MediaStartup(PublishedMediaCache cache) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken) => cache.EnsureLoadedAsync(cancellationToken);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
