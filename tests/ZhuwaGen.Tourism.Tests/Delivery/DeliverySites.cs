using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Delivery;

/// <summary>One started, seeded site with an API key per provider, shared by a class's read-only Delivery API tests.</summary>
public sealed class DeliverySites : IAsyncLifetime
{
    public const string ApiKey = "delivery-test-key";

    private readonly PerProvider<Started> _sites = new(async provider =>
    {
        var (site, database) = await SiteFactory.CreateAsync(provider, Settings());
        site.Start();
        return new Started(site, database);
    });

    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["Umbraco:CMS:DeliveryApi:ApiKey"] = ApiKey };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task<SiteFactory> GetAsync(DatabaseProvider provider) => (await _sites.GetAsync(provider)).Site;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _sites.DisposeAsync();

    private sealed record Started(SiteFactory Site, TestDatabase Database) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Site.DisposeAsync();
            await Database.DisposeAsync();
        }
    }
}
