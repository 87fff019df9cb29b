using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Rendering;

/// <summary>A stored default rendering: its bytes, strong ETag and the items it depended on.</summary>
public sealed record StoredItem(ReadOnlyMemory<byte> Utf8, string ETag, IReadOnlySet<Guid> Dependencies);

/// <summary>
/// The default rendering (no expand, no fields) of every published item in every language, kept as bytes for one
/// snapshot generation. After each swap (and each media change) only the items that depended on a changed item are
/// rendered again; a full rebuild (start, schema import, an unseen swap) renders all. Readers holding another generation get null and
/// render for themselves, so stored bytes never disagree with the snapshot a request reads.
/// </summary>
public sealed class DeliveryContentJsonStore : IDeliveryContentJson, IContentChangeHandler, IDisposable
{
    private static readonly Built Nothing = new(-1, new Dictionary<(Guid, string), StoredItem?>());
    private readonly PublishedSnapshotService _snapshots;
    private readonly DeliveryContentRenderer _renderer;
    private readonly IPublishedMediaSource _media;
    private readonly ILogger<DeliveryContentJsonStore> _logger;
    private readonly ConcurrentDictionary<long, IReadOnlyCollection<Guid>?> _swaps = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Built _built = Nothing;

    public DeliveryContentJsonStore(
        PublishedSnapshotService snapshots, DeliveryContentRenderer renderer, IPublishedMediaSource media, ILogger<DeliveryContentJsonStore> logger)
    {
        _snapshots = snapshots;
        _renderer = renderer;
        _media = media;
        _logger = logger;
        snapshots.Swapped += OnSwapped;
    }

    /// <summary>The stored item for exactly this snapshot, or null (not stored yet, hidden, not routable).</summary>
    public StoredItem? Get(PublishedSnapshot snapshot, Guid key, string culture)
    {
        var built = Volatile.Read(ref _built);
        if (built.Generation != snapshot.Generation)
        {
            StartBuilding();
            return null;
        }

        return built.Items.GetValueOrDefault((key, culture.ToLowerInvariant()));
    }

    public ReadOnlyMemory<byte>? DefaultItem(Guid key, string culture)
    {
        var snapshot = _snapshots.Current;
        if (Get(snapshot, key, culture) is { } stored)
        {
            return stored.Utf8.IsEmpty ? null : stored.Utf8;
        }

        return snapshot.ByKey(key) is { } document ? _renderer.RenderItem(snapshot, document, culture, null, null)?.Utf8 : null;
    }

    public async Task HandleAsync(ContentChange change, CancellationToken cancellationToken)
    {
        if (change.Kind != ContentChangeKind.Saved)
        {
            await EnsureCurrentAsync(cancellationToken);
        }
    }

    /// <summary>Brings the stored JSON up to the current snapshot.</summary>
    public Task EnsureCurrentAsync(CancellationToken cancellationToken) => RefreshAsync([], cancellationToken);

    /// <summary>
    /// Renders again every stored item that depended on one of <paramref name="keys"/> (media items after a media
    /// change, which swaps no content snapshot), and brings the rest up to the current snapshot.
    /// </summary>
    public Task RenderDependentsAgainAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken) =>
        RefreshAsync(keys, cancellationToken);

    private async Task RefreshAsync(IReadOnlyCollection<Guid> alsoChanged, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await _media.EnsureLoadedAsync(cancellationToken);
            var snapshot = _snapshots.Current;
            var built = _built;
            if (built.Generation == snapshot.Generation && alsoChanged.Count == 0)
            {
                return;
            }

            HashSet<Guid>? changed = built.Generation == snapshot.Generation ? [] : ChangedSince(built.Generation, snapshot.Generation);
            changed?.UnionWith(alsoChanged);
            var items = Build(snapshot, built, changed);
            Volatile.Write(ref _built, new Built(snapshot.Generation, items));
            foreach (var generation in _swaps.Keys.Where(g => g <= snapshot.Generation))
            {
                _swaps.TryRemove(generation, out _);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _snapshots.Swapped -= OnSwapped;

    private void OnSwapped(SnapshotSwap swap)
    {
        _swaps[swap.Current.Generation] = swap.ChangedKeys;
        StartBuilding();
    }

    private void StartBuilding() => _ = Task.Run(async () =>
    {
        try
        {
            await EnsureCurrentAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Rendering the Delivery API's stored JSON failed; items are rendered per request until the next change.");
        }
    });

    /// <summary>Every key changed between two generations, or null when a step is unknown (then all is rendered).</summary>
    private HashSet<Guid>? ChangedSince(long from, long to)
    {
        if (from < 0)
        {
            return null;
        }

        var changed = new HashSet<Guid>();
        for (var generation = from + 1; generation <= to; generation++)
        {
            if (!_swaps.TryGetValue(generation, out var keys) || keys is null)
            {
                return null;
            }

            changed.UnionWith(keys);
        }

        return changed;
    }

    private Dictionary<(Guid, string), StoredItem?> Build(PublishedSnapshot snapshot, Built previous, HashSet<Guid>? changed)
    {
        var items = new Dictionary<(Guid, string), StoredItem?>();
        foreach (var document in snapshot.All)
        {
            foreach (var language in snapshot.Languages)
            {
                var slot = (document.Key, language.IsoCode.ToLowerInvariant());
                if (changed is not null && !changed.Contains(document.Key)
                    && previous.Items.TryGetValue(slot, out var kept) && kept is not null && !kept.Dependencies.Overlaps(changed))
                {
                    items[slot] = kept;
                    continue;
                }

                var rendered = _renderer.RenderItemOrDependencies(snapshot, document, language.IsoCode, null, null);
                items[slot] = new StoredItem(rendered.Utf8, ETagOf(rendered.Utf8.Span), rendered.Dependencies);
            }
        }

        return items;
    }

    public static string ETagOf(ReadOnlySpan<byte> utf8) => "\"" + Convert.ToHexStringLower(SHA256.HashData(utf8)[..16]) + "\"";

    private sealed record Built(long Generation, IReadOnlyDictionary<(Guid, string), StoredItem?> Items);
}
