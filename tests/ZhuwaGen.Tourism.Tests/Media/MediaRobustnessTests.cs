using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Media.Imaging;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Media;

/// <summary>
/// What a crash, a full cache or an older version leaves behind: stale temporary files are swept after start,
/// a variant evicted while it is served is made again rather than a 500, and originals stored with metadata are
/// cleaned once, after the site is listening.
/// </summary>
public sealed class MediaRobustnessTests
{
    [Fact]
    public async Task Stale_temporary_files_in_the_media_and_cache_folders_are_swept_after_start_and_fresh_ones_kept()
    {
        var folder = Directory.CreateTempSubdirectory("zhuwagen-sweep-").FullName;
        var staleUpload = Write(Path.Combine(folder, "media", "abcd1234", "half.jpg.uploading"), TimeSpan.FromHours(1));
        var freshUpload = Write(Path.Combine(folder, "media", "efgh5678", "writing.png.uploading"), TimeSpan.Zero);
        var staleVariant = Write(Path.Combine(folder, "cache", "ab", "ab12.webp.0123456789abcdef.tmp"), TimeSpan.FromHours(1));
        var keptVariant = Write(Path.Combine(folder, "cache", "cd", "cd34.webp"), TimeSpan.FromHours(1));
        try
        {
            var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, MediaSite.Settings(folder));
            await using var _ = database;
            await using var __ = site.Start();
            await site.Services.GetRequiredService<MediaHousekeeping>().Completion.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.False(File.Exists(staleUpload));
            Assert.False(Directory.Exists(Path.GetDirectoryName(staleUpload)), "the upload's emptied short-key folder stays");
            Assert.False(File.Exists(staleVariant));
            Assert.True(File.Exists(freshUpload), "a write that may still be in progress was deleted");
            Assert.True(File.Exists(keptVariant));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Originals_stored_with_metadata_are_cleaned_once_after_start_keeping_pixels_size_and_orientation()
    {
        var folder = Directory.CreateTempSubdirectory("zhuwagen-clean-").FullName;
        var withGps = Path.Combine(folder, "media", "abcd1234", "old-photo.jpg");
        var clean = Path.Combine(folder, "media", "efgh5678", "clean.png");
        Directory.CreateDirectory(Path.GetDirectoryName(withGps)!);
        Directory.CreateDirectory(Path.GetDirectoryName(clean)!);
        await File.WriteAllBytesAsync(withGps, TestImages.Jpeg(400, 300, exif =>
        {
            TestImages.AddGps(exif);
            exif.SetValue(ExifTag.Orientation, (ushort)6);
        }));
        var cleanBytes = TestImages.Png(64, 48);
        await File.WriteAllBytesAsync(clean, cleanBytes);
        try
        {
            var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, MediaSite.Settings(folder));
            await using var _ = database;
            await using var __ = site.Start();
            await site.Services.GetRequiredService<MediaHousekeeping>().Completion.WaitAsync(TimeSpan.FromSeconds(30));
            var cleaned = await site.Services.GetRequiredService<OriginalMetadataCleanup>().RunAsync(CancellationToken.None);

            using var image = TestImages.Decode(await File.ReadAllBytesAsync(withGps));
            var exif = image.Metadata.ExifProfile;
            Assert.Equal((400, 300), (image.Width, image.Height));
            Assert.NotNull(exif);
            Assert.Equal((ushort)6, exif.GetValue(ExifTag.Orientation)?.Value);
            Assert.Null(exif.GetValue(ExifTag.GPSLatitude));
            Assert.Null(exif.GetValue(ExifTag.Make));
            Assert.Equal(cleanBytes, await File.ReadAllBytesAsync(clean));
            Assert.True(File.Exists(Path.Combine(folder, "media", OriginalMetadataCleanup.Marker)));
            Assert.Equal(0, cleaned);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory, BothProviders]
    public async Task Variants_evicted_while_they_are_served_are_made_again_and_never_answer_500(DatabaseProvider provider)
    {
        // A cache too small for even one variant: every new file evicts all the others, so most requests find the
        // file they just made or found gone by the time it is sent.
        await using var media = await MediaSite.StartAsync(new Dictionary<string, string?> { ["Cms:Media:CacheQuotaMegabytes"] = "0.000001" }, provider);
        var item = await media.UploadAsync(TestImages.Jpeg(1200, 900), "evicted.jpg");
        using var client = media.Site.CreateClient();
        var urls = MediaOptions.DefaultWidths.Where(w => w < 1200)
            .SelectMany(w => new[] { "webp", "jpg" }.Select(f => $"{item.Url}?width={w}&format={f}"))
            .ToList();

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).SelectMany(_ => urls).Select(async url =>
        {
            using var response = await client.GetAsync(url);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            return (url, response.StatusCode, bytes);
        }));

        Assert.All(answers, answer =>
        {
            Assert.True(answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{answer.url}: {(int)answer.StatusCode}");
            if (answer.StatusCode == HttpStatusCode.OK)
            {
                using var image = TestImages.Decode(answer.bytes);
            }
        });
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
    }

    private static string Write(string path, TimeSpan age)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [1, 2, 3]);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return path;
    }
}
