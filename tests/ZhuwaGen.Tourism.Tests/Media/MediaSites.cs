using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Media;

/// <summary>The class fixture of the media HTTP tests: one <see cref="MediaSite"/> per provider, started on first use.</summary>
public sealed class MediaSites : IAsyncLifetime
{
    private readonly PerProvider<MediaSite> _sites = new(MediaSite.StartAsync);

    public Task<MediaSite> GetAsync(DatabaseProvider provider) => _sites.GetAsync(provider);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _sites.DisposeAsync();
}
