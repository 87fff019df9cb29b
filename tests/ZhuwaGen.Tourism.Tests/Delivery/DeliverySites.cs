using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Delivery;

/// <summary>One started, seeded site with an API key, shared by a class's read-only Delivery API tests.</summary>
public sealed class DeliverySites : IAsyncLifetime
{
    public const string ApiKey = "delivery-test-key";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (SiteFactory Site, TestDatabase Database)? _site;

    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["Umbraco:CMS:DeliveryApi:ApiKey"] = ApiKey };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task<SiteFactory> GetAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _site ??= await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, Settings());
            _site.Value.Site.Start();
            return _site.Value.Site;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_site is { } site)
        {
            await site.Site.DisposeAsync();
            await site.Database.DisposeAsync();
        }
    }
}
