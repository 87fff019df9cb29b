using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>
/// The media library as readers see it: an immutable map of every item outside the recycle bin, rebuilt after each
/// committed media change and swapped atomically. The library is small (photos of one route), so a full reload is
/// simpler and as fast as patching.
/// </summary>
public sealed class PublishedMediaCache(IServiceScopeFactory scopes, IOptions<MediaOptions> options) : IPublishedMediaSource, IMediaChangeHandler
{
    private readonly SemaphoreSlim _swap = new(1, 1);
    private MediaSnapshot? _current;

    public MediaSnapshot Current => Volatile.Read(ref _current) ?? MediaSnapshot.Empty;

    public PublishedMedia? Get(Guid key) => Current.Get(key);

    /// <summary>Loads the map unless it is loaded; endpoints call it so they never answer from an unloaded map.</summary>
    public async Task<MediaSnapshot> EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current) is { } loaded)
        {
            return loaded;
        }

        await RebuildAsync(cancellationToken);
        return Current;
    }

    Task IPublishedMediaSource.EnsureLoadedAsync(CancellationToken cancellationToken) => EnsureLoadedAsync(cancellationToken);

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await _swap.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var rows = await db.Media.AsNoTracking().Where(m => !m.Trashed).ToListAsync(cancellationToken);
            Volatile.Write(ref _current, Build(rows));
        }
        finally
        {
            _swap.Release();
        }
    }

    public Task HandleAsync(MediaChange change, CancellationToken ct) => RebuildAsync(ct);

    private MediaSnapshot Build(IReadOnlyList<MediaEntity> rows)
    {
        var byId = rows.ToDictionary(r => r.Id);
        var items = new List<(PublishedMedia Media, int SortOrder)>(rows.Count);
        foreach (var row in rows)
        {
            // A row whose parent is trashed is itself in the bin (trash marks the whole branch); skip it defensively.
            if (row.ParentId is { } parentId && !byId.ContainsKey(parentId))
            {
                continue;
            }

            items.Add((ToPublished(row, byId), row.SortOrder));
        }

        return new MediaSnapshot(items);
    }

    private PublishedMedia ToPublished(MediaEntity row, Dictionary<int, MediaEntity> byId)
    {
        var names = new List<string>();
        for (var node = row; node is not null; node = node.ParentId is { } p ? byId.GetValueOrDefault(p) : null)
        {
            names.Add(node.Name);
        }

        names.Reverse();
        var stored = MediaPropertiesJson.ReadCrops(row.Crops).ToDictionary(c => c.Alias, StringComparer.OrdinalIgnoreCase);
        var isImage = row.MediaTypeAlias == MediaTypes.Image;
        var crops = isImage
            ? options.Value.EffectiveCrops
                .Select(c => new MediaCrop(c.Alias, c.Width, c.Height, stored.GetValueOrDefault(c.Alias)?.Coordinates))
                .ToList()
            : [];
        var properties = MediaPropertiesJson.ReadProperties(row.Properties)
            .ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value);
        return new PublishedMedia(
            row.Key,
            row.ParentId is { } parent ? byId[parent].Key : null,
            row.Name,
            row.MediaTypeAlias,
            "/" + string.Join('/', names),
            row.CreateDate,
            row.UpdateDate,
            row.FilePath is null ? null : "/media/" + row.FilePath,
            row.Extension,
            row.Width,
            row.Height,
            row.Bytes,
            isImage && row.FocalPointLeft is { } left && row.FocalPointTop is { } top ? new MediaFocalPoint(left, top) : null,
            crops,
            properties);
    }
}
