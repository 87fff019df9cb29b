using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Acceptance;

/// <summary>
/// The whole seeded site over a fresh database, with its media under a temporary folder. The webhook job's period is
/// long so that the test, not the clock, decides when queued requests are sent (<see cref="SendWebhooksAsync"/>).
/// </summary>
internal sealed class AcceptanceSite : IAsyncDisposable
{
    private readonly string _folder;
    private readonly TestDatabase _database;

    private AcceptanceSite(SiteFactory site, TestDatabase database, string folder)
    {
        Site = site;
        _database = database;
        _folder = folder;
    }

    public SiteFactory Site { get; }

    public static async Task<AcceptanceSite> StartAsync(DatabaseProvider provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "zhuwagen-accept-" + Guid.NewGuid().ToString("N"));
        var (site, database) = await SiteFactory.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Cms:Media:Root"] = Path.Combine(folder, "media"),
            ["Cms:Media:CacheRoot"] = Path.Combine(folder, "cache"),
            ["Umbraco:CMS:Webhook:Period"] = "01:00:00",

            // The test's receiver listens on loopback, which a production site refuses.
            ["Umbraco:CMS:Webhook:AllowPrivateTargets"] = "true",
        });
        site.Start();
        return new AcceptanceSite(site, database, folder);
    }

    /// <summary>An anonymous client, as a mini-program or app reading the Delivery API would be.</summary>
    public HttpClient Anonymous() => Site.CreateClient();

    /// <summary>One run of the webhook job, as its timer would start it.</summary>
    public Task<int> SendWebhooksAsync() =>
        Site.Services.GetRequiredService<WebhookFiring>().RunOnceAsync(DateTime.UtcNow.AddSeconds(1), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
