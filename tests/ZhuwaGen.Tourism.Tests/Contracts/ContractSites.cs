using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Delivery;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;
using ZhuwaGen.Tourism.Tests.Media;

namespace ZhuwaGen.Tourism.Tests.Contracts;

/// <summary>
/// One started, seeded site per provider (Delivery API key, media under a temporary folder) with a signed-in
/// administrator whose email is fixed, shared by the contract snapshot tests of a class. Sites are made on first use.
/// </summary>
public sealed class ContractSites : IAsyncLifetime
{
    public const string AdminEmail = "snapshot-admin@example.invalid";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zhuwagen-contracts-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<DatabaseProvider, Contract> _sites = [];

    public sealed record Contract(SiteFactory Site, TestDatabase Database, HttpClient Admin);

    public async Task<Contract> GetAsync(DatabaseProvider provider)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_sites.TryGetValue(provider, out var contract))
            {
                var settings = DeliverySites.Settings([.. MediaSite.Settings(Path.Combine(_folder, provider.ToString())).Select(s => (s.Key, s.Value))]);
                var (site, database) = await SiteFactory.CreateAsync(provider, settings);
                site.Start();
                await ManagementClients.CreateUserAsync(site, UserRoles.Admin, AdminEmail);
                contract = new Contract(site, database, await ManagementClients.SignInAsync(site, AdminEmail));
                _sites[provider] = contract;
            }

            return contract;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var contract in _sites.Values)
        {
            contract.Admin.Dispose();
            await contract.Site.DisposeAsync();
            await contract.Database.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
