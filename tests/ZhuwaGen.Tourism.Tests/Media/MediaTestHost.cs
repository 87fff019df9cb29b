using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Media;

/// <summary>
/// The CMS core plus the media library (AddCms + AddMedia) over a fresh database and a temporary media root, with
/// a handler that records every committed media change.
/// </summary>
internal sealed class MediaTestHost : IAsyncDisposable
{
    public const string User = "test-editor";

    private MediaTestHost(TestDatabase database, ServiceProvider services, string folder)
    {
        Database = database;
        Services = services;
        Folder = folder;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public string Folder { get; }

    public string MediaRoot => Path.Combine(Folder, "media");

    /// <summary>The media changes in the change log, in commit order.</summary>
    public async Task<IReadOnlyList<MediaChange>> LoggedChangesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().ChangeLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        return rows.Select(ChangeLogSerializer.FromEntity).Where(e => e.Media is not null).Select(e => e.Media!).ToList();
    }

    public IPublishedMediaSource Source => Services.GetRequiredService<IPublishedMediaSource>();

    public static async Task<MediaTestHost> StartAsync(DatabaseProvider provider, Action<IDictionary<string, string?>>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var folder = Path.Combine(Path.GetTempPath(), "zhuwagen-media-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Cms"] = database.ConnectionString,
            ["Cms:Media:Root"] = Path.Combine(folder, "media"),
            ["Cms:Media:CacheRoot"] = Path.Combine(folder, "cache"),
        };
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2027, 5, 1, 8, 0, 0, TimeSpan.Zero)))
            .AddCms(configuration, CmsTestHost.RepositoryRoot)
            .AddMedia()
            .BuildServiceProvider();
        var host = new MediaTestHost(database, services, folder);
        await using (var scope = services.CreateAsyncScope())
        {
            var initializer = scope.ServiceProvider.GetRequiredService<CmsInitializer>();
            await initializer.MigrateAsync(default);
            await initializer.ImportSchemaAsync(default);
        }

        await services.GetRequiredService<ChangePipeline>().StartAsync(default);
        return host;
    }

    public async Task<T> WithLibraryAsync<T>(Func<MediaLibraryService, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<MediaLibraryService>());
    }

    public async Task WithLibraryAsync(Func<MediaLibraryService, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<MediaLibraryService>());
    }

    public Task<MediaResult> UploadAsync(byte[] bytes, string fileName, Guid? parent = null, IReadOnlyDictionary<string, string>? altText = null) =>
        WithLibraryAsync(l => l.UploadAsync(new MediaUpload(fileName, new MemoryStream(bytes), parent, null, altText), User, default));

    public async Task<PublishedMedia> UploadOkAsync(byte[] bytes, string fileName, Guid? parent = null, IReadOnlyDictionary<string, string>? altText = null)
    {
        var result = await UploadAsync(bytes, fileName, parent, altText);
        Assert.Equal(MediaOperationStatus.Success, result.Status);
        return result.Media!;
    }

    public async Task<PublishedMedia> FolderAsync(string name, Guid? parent = null)
    {
        var result = await WithLibraryAsync(l => l.CreateFolderAsync(name, parent, User, default));
        Assert.Equal(MediaOperationStatus.Success, result.Status);
        return result.Media!;
    }

    public async Task<List<MediaEntity>> RowsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Media.AsNoTracking().ToListAsync();
    }

    public string[] StoredFiles() =>
        Directory.Exists(MediaRoot) ? Directory.GetFiles(MediaRoot, "*", SearchOption.AllDirectories) : [];

    public string FileOf(PublishedMedia media) => Path.Combine(MediaRoot, media.Url!["/media/".Length..]);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
