using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Web;

/// <summary>
/// One started, seeded site per provider, shared by the read-only page tests of a class: starting the site is the
/// slow part and reading pages changes nothing, so there is no need to start it once per test.
/// </summary>
public class SeededSites : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<DatabaseProvider, (SiteFactory Site, TestDatabase Database)> _sites = [];

    public async Task<SiteFactory> GetAsync(DatabaseProvider provider)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_sites.TryGetValue(provider, out var entry))
            {
                entry = await SiteFactory.CreateAsync(provider, services: ConfigureServices);
                entry.Site.Start();
                _sites[provider] = entry;
            }

            return entry.Site;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Services replaced in the sites of a derived fixture (a fixed clock); none here.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task DisposeAsync()
    {
        foreach (var (site, database) in _sites.Values)
        {
            await site.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
