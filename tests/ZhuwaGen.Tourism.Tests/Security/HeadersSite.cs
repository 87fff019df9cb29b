using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Media;

namespace ZhuwaGen.Tourism.Tests.Security;

/// <summary>One started site (SQLite) with an uploaded image and its install link, for reading the headers of every page type.</summary>
public sealed partial class HeadersSite : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zhuwagen-headers-" + Guid.NewGuid().ToString("N"));
    private TestDatabase? _database;

    public SiteFactory Site { get; private set; } = null!;

    public string MediaUrl { get; private set; } = null!;

    public string InstallUrl => "/install?token=" + InstallLink().Match(string.Join("\n", Site.Log.Messages)).Groups["token"].Value;

    public HttpClient Client() => Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task InitializeAsync()
    {
        (Site, _database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, MediaSite.Settings(_folder));
        Site.Start();
        var image = await MediaSite.UploadAsync(Site, TestImages.Png(40, 30), "headers.png");
        MediaUrl = image.Url!;
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

    [GeneratedRegex("/install\\?token=(?<token>[A-Za-z0-9_\\-]+)")]
    private static partial Regex InstallLink();
}
