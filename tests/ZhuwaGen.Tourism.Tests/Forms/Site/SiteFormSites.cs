using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Forms.Site;

/// <summary>One started site per provider for a class's site-form tests, with its own mail pickup folder.</summary>
public sealed class SiteFormSites : IAsyncLifetime
{
    private readonly PerProvider<Started> _sites = new(async provider =>
    {
        var pickup = Directory.CreateTempSubdirectory("zhuwagen-siteform-mail-").FullName;
        var site = await FormsSite.StartAsync(provider, new Dictionary<string, string?> { ["Smtp:PickupDirectory"] = pickup });
        return new Started(site, pickup);
    });

    public async Task<(FormsSite Site, string Pickup)> GetAsync(DatabaseProvider provider)
    {
        var started = await _sites.GetAsync(provider);
        return (started.Site, started.Pickup);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _sites.DisposeAsync();

    private sealed record Started(FormsSite Site, string Pickup) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Site.DisposeAsync();
            Directory.Delete(Pickup, recursive: true);
        }
    }
}
