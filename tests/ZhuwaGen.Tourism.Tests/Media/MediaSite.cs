using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Media;

/// <summary>
/// One started site on one provider with its media under a temporary folder, shared by a class's HTTP tests
/// (<see cref="MediaSites"/>). Each test uploads into its own folder so that the tests never see each other's items.
/// </summary>
public sealed class MediaSite : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zhuwagen-media-site-" + Guid.NewGuid().ToString("N"));
    private TestDatabase? _database;

    public SiteFactory Site { get; private set; } = null!;

    public string CacheRoot => Path.Combine(_folder, "cache");

    public static Dictionary<string, string?> Settings(string folder) => new()
    {
        ["Cms:Media:Root"] = Path.Combine(folder, "media"),
        ["Cms:Media:CacheRoot"] = Path.Combine(folder, "cache"),
    };

    public static async Task<MediaSite> StartAsync(DatabaseProvider provider)
    {
        var started = new MediaSite();
        (started.Site, started._database) = await SiteFactory.CreateAsync(provider, Settings(started._folder));
        started.Site.Start();
        return started;
    }

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        await _database!.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

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
