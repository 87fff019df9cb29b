using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Hosting;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>
/// Keeps the variant cache under <see cref="MediaOptions.CacheQuotaMegabytes"/>: it knows each file's size and when
/// it was last served, and after each new file deletes the least recently used ones until the total fits. The
/// index is read from disk on first use (oldest write first) and clears temporary files a crash left behind.
/// </summary>
public sealed class ImageCacheQuota(CmsPaths paths, IOptions<MediaOptions> options, ILogger<ImageCacheQuota> logger)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _files = new(StringComparer.Ordinal);
    private long _total;
    private long _clock;
    private bool _loaded;

    public string Root => paths.Resolve(options.Value.CacheRoot);

    private long Quota => (long)(options.Value.CacheQuotaMegabytes * 1024 * 1024);

    /// <summary>The bytes the index counts, for diagnostics and tests.</summary>
    public long TotalBytes
    {
        get
        {
            lock (_lock)
            {
                EnsureLoaded();
                return _total;
            }
        }
    }

    public void Touch(string file)
    {
        lock (_lock)
        {
            EnsureLoaded();
            if (_files.TryGetValue(file, out var entry))
            {
                _files[file] = entry with { LastUse = ++_clock };
            }
        }
    }

    public void Added(string file, long size)
    {
        List<string> evict;
        lock (_lock)
        {
            EnsureLoaded();
            if (_files.Remove(file, out var previous))
            {
                _total -= previous.Size;
            }

            _files[file] = new Entry(size, ++_clock);
            _total += size;
            evict = [];
            while (_total > Quota && _files.Count > 1)
            {
                var oldest = _files.Where(f => f.Key != file).MinBy(f => f.Value.LastUse);
                _files.Remove(oldest.Key);
                _total -= oldest.Value.Size;
                evict.Add(oldest.Key);
            }
        }

        foreach (var old in evict)
        {
            try
            {
                File.Delete(old);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(exception, "Could not evict image variant {File}", old);
            }
        }
    }

    /// <summary>Deletes every variant (they are made again on request), e.g. after their originals changed.</summary>
    public void Clear()
    {
        List<string> all;
        lock (_lock)
        {
            EnsureLoaded();
            all = [.. _files.Keys];
            _files.Clear();
            _total = 0;
        }

        foreach (var file in all)
        {
            TryDelete(new FileInfo(file));
        }
    }

    private void EnsureLoaded()
    {
        if (_loaded)
        {
            return;
        }

        _loaded = true;
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var file in new DirectoryInfo(Root).EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.LastWriteTimeUtc))
        {
            if (file.Name.EndsWith(".tmp", StringComparison.Ordinal))
            {
                // Older than any write in progress could be.
                if (file.LastWriteTimeUtc < DateTime.UtcNow.AddMinutes(-5))
                {
                    TryDelete(file);
                }

                continue;
            }

            _files[file.FullName] = new Entry(file.Length, ++_clock);
            _total += file.Length;
        }
    }

    private void TryDelete(FileInfo file)
    {
        try
        {
            file.Delete();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(exception, "Could not delete temporary file {File}", file.FullName);
        }
    }

    private sealed record Entry(long Size, long LastUse);
}
