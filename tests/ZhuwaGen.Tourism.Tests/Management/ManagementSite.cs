using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>
/// One started, seeded site (SQLite) with a signed-in person and an API user per role, shared by the auth-matrix
/// tests: those requests change nothing (every write targets a missing item or is refused), so sharing is safe.
/// </summary>
public sealed class ManagementSite : IAsyncLifetime
{
    public static readonly IReadOnlyList<string> Roles = [UserRoles.Admin, UserRoles.Editor, UserRoles.Writer, UserRoles.GuesthouseOwner];

    private readonly Dictionary<string, HttpClient> _cookie = [];
    private readonly Dictionary<string, HttpClient> _bearer = [];
    private TestDatabase? _database;

    public SiteFactory Site { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    public HttpClient Cookie(string role) => _cookie[role];

    public HttpClient Bearer(string role) => _bearer[role];

    public async Task InitializeAsync()
    {
        (Site, _database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        Site.Start();
        Anonymous = ManagementClients.NewClient(Site);
        foreach (var role in Roles)
        {
            _cookie[role] = await ManagementClients.CookieClientAsync(Site, role);
            _bearer[role] = await ManagementClients.BearerClientAsync(Site, role);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _cookie.Values.Concat(_bearer.Values).Append(Anonymous))
        {
            client.Dispose();
        }

        await Site.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
