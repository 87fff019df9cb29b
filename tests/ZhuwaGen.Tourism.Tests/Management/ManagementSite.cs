using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>
/// A started, seeded site on one provider with a signed-in person and an API user per role, shared by a class's
/// auth-matrix and request-shape tests: those requests change nothing (every write targets a missing item or is
/// refused), so sharing is safe.
/// </summary>
public sealed class ManagementSite : IAsyncDisposable
{
    public static readonly IReadOnlyList<string> Roles = [UserRoles.Admin, UserRoles.Editor, UserRoles.Writer, UserRoles.GuesthouseOwner];

    private readonly Dictionary<string, HttpClient> _cookie = [];
    private readonly Dictionary<string, HttpClient> _bearer = [];
    private TestDatabase? _database;

    private ManagementSite()
    {
    }

    public SiteFactory Site { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    public HttpClient Cookie(string role) => _cookie[role];

    public HttpClient Bearer(string role) => _bearer[role];

    public static async Task<ManagementSite> StartAsync(DatabaseProvider provider)
    {
        var started = new ManagementSite();
        (started.Site, started._database) = await SiteFactory.CreateAsync(provider);
        started.Site.Start();
        started.Anonymous = ManagementClients.NewClient(started.Site);
        foreach (var role in Roles)
        {
            started._cookie[role] = await ManagementClients.CookieClientAsync(started.Site, role);
            started._bearer[role] = await ManagementClients.BearerClientAsync(started.Site, role);
        }

        return started;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _cookie.Values.Concat(_bearer.Values).Append(Anonymous))
        {
            client?.Dispose();
        }

        await Site.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

/// <summary>The class fixture: one <see cref="ManagementSite"/> per provider, started on first use.</summary>
public sealed class ManagementSites : IAsyncLifetime
{
    private readonly PerProvider<ManagementSite> _sites = new(ManagementSite.StartAsync);

    public Task<ManagementSite> GetAsync(DatabaseProvider provider) => _sites.GetAsync(provider);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _sites.DisposeAsync();
}
