using System.Collections.Immutable;
using System.Security.Cryptography;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Rendering;

/// <summary>
/// A stored default rendering: its bytes, the same bytes compressed with Brotli and gzip (made once, when it is
/// rendered, so a response never compresses), its strong ETag and the items it depended on. An item without a route
/// in the culture is stored as empty bytes.
/// </summary>
public sealed record StoredItem(ReadOnlyMemory<byte> Utf8, ReadOnlyMemory<byte> Brotli, ReadOnlyMemory<byte> Gzip, string ETag, IReadOnlySet<Guid> Dependencies)
{
    public static StoredItem Of(RenderedJson rendered) => rendered.Utf8.IsEmpty
        ? new StoredItem(rendered.Utf8, default, default, DeliveryContentJsonStore.ETagOf(rendered.Utf8.Span), rendered.Dependencies)
        : new StoredItem(
            rendered.Utf8,
            Compression.ContentCodings.Brotli(rendered.Utf8.Span),
            Compression.ContentCodings.Gzip(rendered.Utf8.Span),
            DeliveryContentJsonStore.ETagOf(rendered.Utf8.Span),
            rendered.Dependencies);

    /// <summary>The bytes in <paramref name="coding"/>.</summary>
    public ReadOnlyMemory<byte> In(Compression.ContentCoding coding) => coding switch
    {
        Compression.ContentCoding.Brotli => Brotli,
        Compression.ContentCoding.Gzip => Gzip,
        _ => Utf8,
    };
}

/// <summary>
/// The default rendering (no expand, no fields) of published items per language, kept as bytes (plain, Brotli,
/// gzip) for one snapshot generation. An item is rendered the first time it is asked for in that generation and kept;
/// after each swap (and each media change) the items that depended on a changed item are dropped, to be rendered
/// again when next asked for. Nothing is rendered at start-up, so the first page does not wait for the whole site.
/// Readers holding another generation get null and render for themselves, so stored bytes never disagree with the
/// snapshot a request reads.
/// </summary>
public sealed class DeliveryContentJsonStore : IDeliveryContentJson, IContentChangeHandler
{
    private static readonly Built Nothing = Built.Empty(-1);
    private readonly PublishedSnapshotService _snapshots;
    private readonly DeliveryContentRenderer _renderer;
    private readonly IPublishedMediaSource _media;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _keep = new();
    private Built _built = Nothing;

    public DeliveryContentJsonStore(
        PublishedSnapshotService snapshots, DeliveryContentRenderer renderer, IPublishedMediaSource media)
    {
        _snapshots = snapshots;
        _renderer = renderer;
        _media = media;
    }

    /// <summary>
    /// The stored item for exactly this snapshot, rendered and kept now if it was not yet; null while the store is
    /// still on another generation (the change pipeline is bringing it up to date) or when the item is not published.
    /// </summary>
    public StoredItem? Get(PublishedSnapshot snapshot, Guid key, string culture)
    {
        var built = Volatile.Read(ref _built);
        if (built.Generation != snapshot.Generation)
        {
            return null;
        }

        var slot = (key, culture.ToLowerInvariant());
        if (built.Items.TryGetValue(slot, out var stored))
        {
            return stored;
        }

        if (snapshot.ByKey(key) is not { } document || snapshot.Languages.All(l => !string.Equals(l.IsoCode, culture, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        stored = StoredItem.Of(_renderer.RenderItemOrDependencies(snapshot, document, culture, null, null));
        lock (_keep)
        {
            // Kept only in the generation it was rendered from; a swap meanwhile makes it a one-off.
            if (_built.Generation == snapshot.Generation && !_built.Items.ContainsKey(slot))
            {
                _built = _built.With(slot, stored);
            }
        }

        return stored;
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

            // What the swaps since the generation it holds re-read, asked of the snapshot service (null: start again empty).
            HashSet<Guid>? changed = built.Generation == snapshot.Generation ? [] : _snapshots.ChangedBetween(built.Generation, snapshot.Generation);
            changed?.UnionWith(alsoChanged);
            lock (_keep)
            {
                _built = changed is null || _built.Generation < 0 ? Built.Empty(snapshot.Generation) : Drop(snapshot, _built, changed);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Drops the changed items and the items whose rendering read one of them (pickers, ancestors in routes, media),
    /// found through the reverse dependency index: the cost follows the change, not the site.
    /// </summary>
    private static Built Drop(PublishedSnapshot snapshot, Built previous, HashSet<Guid> changed)
    {
        var affected = new HashSet<Guid>(changed);
        foreach (var key in changed)
        {
            if (previous.Dependents.TryGetValue(key, out var readers))
            {
                affected.UnionWith(readers);
            }
        }

        var items = previous.Items.ToBuilder();
        var dependents = previous.Dependents.ToBuilder();
        foreach (var key in affected)
        {
            foreach (var language in snapshot.Languages)
            {
                var slot = (key, language.IsoCode.ToLowerInvariant());
                if (!items.TryGetValue(slot, out var old) || old is null)
                {
                    continue;
                }

                foreach (var dependency in old.Dependencies)
                {
                    if (dependents.TryGetValue(dependency, out var set))
                    {
                        var rest = set.Remove(key);
                        if (rest.IsEmpty)
                        {
                            dependents.Remove(dependency);
                        }
                        else
                        {
                            dependents[dependency] = rest;
                        }
                    }
                }

                items.Remove(slot);
            }
        }

        return new Built(snapshot.Generation, items.ToImmutable(), dependents.ToImmutable());
    }

    public static string ETagOf(ReadOnlySpan<byte> utf8) => "\"" + Convert.ToHexStringLower(SHA256.HashData(utf8)[..16]) + "\"";

    /// <summary>The stored renderings of one generation and, per item read while rendering, the items that read it.</summary>
    private sealed record Built(
        long Generation,
        ImmutableDictionary<(Guid, string), StoredItem?> Items,
        ImmutableDictionary<Guid, ImmutableHashSet<Guid>> Dependents)
    {
        public static Built Empty(long generation) => new(generation, ImmutableDictionary<(Guid, string), StoredItem?>.Empty, ImmutableDictionary<Guid, ImmutableHashSet<Guid>>.Empty);

        /// <summary>This generation with one more item, indexed under each item it read.</summary>
        public Built With((Guid Key, string Culture) slot, StoredItem stored)
        {
            var dependents = Dependents;
            foreach (var dependency in stored.Dependencies)
            {
                dependents = dependents.SetItem(dependency, dependents.TryGetValue(dependency, out var set) ? set.Add(slot.Key) : [slot.Key]);
            }

            return new Built(Generation, Items.SetItem(slot, stored), dependents);
        }
    }
}
