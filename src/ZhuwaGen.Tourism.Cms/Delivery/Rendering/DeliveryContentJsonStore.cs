using System.Collections.Immutable;
using System.Security.Cryptography;
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
public sealed class DeliveryContentJsonStore : IDeliveryContentJson, IContentChangeHandler
{
    private static readonly Built Nothing = new(-1, ImmutableDictionary<(Guid, string), StoredItem?>.Empty, ImmutableDictionary<Guid, ImmutableHashSet<Guid>>.Empty);
    private readonly PublishedSnapshotService _snapshots;
    private readonly DeliveryContentRenderer _renderer;
    private readonly IPublishedMediaSource _media;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Built _built = Nothing;

    public DeliveryContentJsonStore(
        PublishedSnapshotService snapshots, DeliveryContentRenderer renderer, IPublishedMediaSource media)
    {
        _snapshots = snapshots;
        _renderer = renderer;
        _media = media;
    }

    /// <summary>The stored item for exactly this snapshot, or null (not stored yet, hidden, not routable).</summary>
    public StoredItem? Get(PublishedSnapshot snapshot, Guid key, string culture)
    {
        var built = Volatile.Read(ref _built);
        if (built.Generation != snapshot.Generation)
        {
            // The change pipeline's delivery-json consumer is bringing it up to date; this request renders for itself.
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

            // What the swaps since the generation it holds re-read, asked of the snapshot service (null: render all).
            HashSet<Guid>? changed = built.Generation == snapshot.Generation ? [] : _snapshots.ChangedBetween(built.Generation, snapshot.Generation);
            changed?.UnionWith(alsoChanged);
            Volatile.Write(ref _built, changed is null || built.Generation < 0 ? BuildAll(snapshot) : Patch(snapshot, built, changed));
        }
        finally
        {
            _gate.Release();
        }
    }

    private Built BuildAll(PublishedSnapshot snapshot)
    {
        var items = ImmutableDictionary.CreateBuilder<(Guid, string), StoredItem?>();
        var dependents = new Dictionary<Guid, ImmutableHashSet<Guid>.Builder>();
        foreach (var document in snapshot.All)
        {
            foreach (var (slot, stored) in Render(snapshot, document))
            {
                items[slot] = stored;
                foreach (var dependency in stored.Dependencies)
                {
                    if (!dependents.TryGetValue(dependency, out var set))
                    {
                        dependents[dependency] = set = ImmutableHashSet.CreateBuilder<Guid>();
                    }

                    set.Add(document.Key);
                }
            }
        }

        return new Built(snapshot.Generation, items.ToImmutable(), dependents.ToImmutableDictionary(d => d.Key, d => d.Value.ToImmutable()));
    }

    /// <summary>
    /// Renders again only the changed items and the items whose rendering read one of them (pickers, ancestors in
    /// routes, media), found through the reverse dependency index: the cost follows the change, not the site.
    /// </summary>
    private Built Patch(PublishedSnapshot snapshot, Built previous, HashSet<Guid> changed)
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
                if (items.TryGetValue(slot, out var old) && old is not null)
                {
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
                }

                items.Remove(slot);
            }

            if (snapshot.ByKey(key) is not { } document)
            {
                continue;
            }

            foreach (var (slot, stored) in Render(snapshot, document))
            {
                items[slot] = stored;
                foreach (var dependency in stored.Dependencies)
                {
                    dependents[dependency] = dependents.TryGetValue(dependency, out var set) ? set.Add(key) : [key];
                }
            }
        }

        return new Built(snapshot.Generation, items.ToImmutable(), dependents.ToImmutable());
    }

    private IEnumerable<((Guid, string) Slot, StoredItem Stored)> Render(PublishedSnapshot snapshot, PublishedDocument document)
    {
        foreach (var language in snapshot.Languages)
        {
            var rendered = _renderer.RenderItemOrDependencies(snapshot, document, language.IsoCode, null, null);
            yield return ((document.Key, language.IsoCode.ToLowerInvariant()), new StoredItem(rendered.Utf8, ETagOf(rendered.Utf8.Span), rendered.Dependencies));
        }
    }

    public static string ETagOf(ReadOnlySpan<byte> utf8) => "\"" + Convert.ToHexStringLower(SHA256.HashData(utf8)[..16]) + "\"";

    /// <summary>The stored renderings of one generation and, per item read while rendering, the items that read it.</summary>
    private sealed record Built(
        long Generation,
        ImmutableDictionary<(Guid, string), StoredItem?> Items,
        ImmutableDictionary<Guid, ImmutableHashSet<Guid>> Dependents);
}
