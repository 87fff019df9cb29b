using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Media.Imaging;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Media;

/// <summary>
/// One started site (SQLite unless told) with its media under a temporary folder, shared by a class's HTTP tests
/// (per provider through <see cref="MediaSites"/>).
/// Each test uploads into its own folder so that the tests never see each other's items. Image URLs can be signed
/// (<see cref="Sign"/>); the per-client limit on new variants is lifted unless a test's own site sets it.
/// </summary>
public sealed class MediaSite : IAsyncLifetime, IAsyncDisposable
{
    public const string HmacKey = "c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0zMi1ieXRlcyE=";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zhuwagen-media-site-" + Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string?> _extra;
    private readonly DatabaseProvider _provider;
    private TestDatabase? _database;

    public MediaSite()
        : this(new Dictionary<string, string?>(), DatabaseProvider.Sqlite)
    {
    }

    private MediaSite(IReadOnlyDictionary<string, string?> extra, DatabaseProvider provider) => (_extra, _provider) = (extra, provider);

    public SiteFactory Site { get; private set; } = null!;

    public string CacheRoot => Path.Combine(_folder, "cache");

    public MediaImageProcessor Processor => Site.Services.GetRequiredService<MediaImageProcessor>();

    public static Dictionary<string, string?> Settings(string folder) => new()
    {
        ["Cms:Media:Root"] = Path.Combine(folder, "media"),
        ["Cms:Media:CacheRoot"] = Path.Combine(folder, "cache"),
        ["Cms:Media:AnonymousProcessingPerMinute"] = "100000",
        ["Umbraco:CMS:Imaging:HMACSecretKey"] = HmacKey,
    };

    /// <summary>A site of its own with <paramref name="settings"/> over the defaults above; dispose it when done.</summary>
    public static async Task<MediaSite> StartAsync(IReadOnlyDictionary<string, string?> settings, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var site = new MediaSite(settings, provider);
        await site.InitializeAsync();
        return site;
    }

    /// <summary>A site of its own on <paramref name="provider"/> with the defaults above (see <see cref="MediaSites"/>).</summary>
    public static Task<MediaSite> StartAsync(DatabaseProvider provider) => StartAsync(new Dictionary<string, string?>(), provider);

    public async Task InitializeAsync()
    {
        var settings = Settings(_folder);
        foreach (var (key, value) in _extra)
        {
            settings[key] = value;
        }

        (Site, _database) = await SiteFactory.CreateAsync(_provider, settings);
        Site.Start();
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        await _database!.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    /// <summary>The URL with the site's HMAC signature, as the public site would link it.</summary>
    public string Sign(string url) => Site.Services.GetRequiredService<ImageUrlSigner>().Sign(url)
        ?? throw new InvalidOperationException($"{url} cannot be signed.");

    public string[] CacheFiles() =>
        Directory.Exists(CacheRoot) ? Directory.GetFiles(CacheRoot, "*", SearchOption.AllDirectories) : [];

    public static async Task<PublishedMedia> FolderAsync(SiteFactory site, string name, Guid? parent = null)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<MediaLibraryService>().CreateFolderAsync(name, parent, "test", default);
        Assert.Equal(MediaOperationStatus.Success, result.Status);
        return result.Media!;
    }

    public static async Task<PublishedMedia> UploadAsync(
        SiteFactory site, byte[] bytes, string fileName, Guid? parent = null, MediaUpdate? then = null, IReadOnlyDictionary<string, string>? altText = null)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<MediaLibraryService>();
        var result = await library.UploadAsync(new MediaUpload(fileName, new MemoryStream(bytes), parent, null, altText), "test", default);
        Assert.Equal(MediaOperationStatus.Success, result.Status);
        if (then is not null)
        {
            result = await library.UpdateAsync(result.Media!.Key, then, "test", default);
            Assert.Equal(MediaOperationStatus.Success, result.Status);
        }

        return result.Media!;
    }

    public Task<PublishedMedia> FolderAsync(string name, Guid? parent = null) => FolderAsync(Site, name, parent);

    public Task<PublishedMedia> UploadAsync(byte[] bytes, string fileName, Guid? parent = null, MediaUpdate? then = null, IReadOnlyDictionary<string, string>? altText = null) =>
        UploadAsync(Site, bytes, fileName, parent, then, altText);
}
