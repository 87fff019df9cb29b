using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Publishing;

/// <summary>
/// Holds the current <see cref="PublishedSnapshot"/>. Built whole at start; after a committed change the affected
/// documents are re-read and a new snapshot is swapped in, one change at a time so that none is lost.
/// </summary>
public sealed class PublishedSnapshotService(IServiceScopeFactory scopes, SchemaRegistry schemas) : IContentChangeHandler
{
    // How many recent swaps remember what they re-read; a follower further behind rebuilds whole.
    private const int KeptSwaps = 1024;
    private readonly SemaphoreSlim _swap = new(1, 1);
    private readonly ConcurrentDictionary<long, IReadOnlyCollection<Guid>?> _reread = new();
    private PublishedSnapshot _current = PublishedSnapshot.Empty;

    public PublishedSnapshot Current => Volatile.Read(ref _current);

    /// <summary>
    /// Every key re-read by the swaps after generation <paramref name="from"/> up to <paramref name="to"/>, or null
    /// when one of them was a full rebuild or is no longer remembered (the follower then rebuilds whole). Followers (the
    /// Delivery API's stored JSON) ask with the generation they hold, so none depends on having heard every swap.
    /// </summary>
    public HashSet<Guid>? ChangedBetween(long from, long to)
    {
        if (from < 0)
        {
            return null;
        }

        var changed = new HashSet<Guid>();
        for (var generation = from + 1; generation <= to; generation++)
        {
            if (!_reread.TryGetValue(generation, out var keys) || keys is null)
            {
                return null;
            }

            changed.UnionWith(keys);
        }

        return changed;
    }

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await _swap.WaitAsync(cancellationToken);
        try
        {
            var documents = await LoadAsync(null, cancellationToken);
            Swap(new PublishedSnapshot(documents, schemas.Current.Languages, Current.Generation + 1), null);
        }
        finally
        {
            _swap.Release();
        }
    }

    public async Task HandleAsync(ContentChange change, CancellationToken cancellationToken)
    {
        if (change.Kind == ContentChangeKind.Saved)
        {
            return;
        }

        await _swap.WaitAsync(cancellationToken);
        try
        {
            var reloaded = await LoadAsync(change.Keys, cancellationToken);
            var gone = change.Keys.Except(reloaded.Select(d => d.Key));
            Swap(Current.With(reloaded, gone, schemas.Current.Languages), change.Keys);
        }
        finally
        {
            _swap.Release();
        }
    }

    private void Swap(PublishedSnapshot next, IReadOnlyCollection<Guid>? changedKeys)
    {
        // Remembered before the swap is visible, so a follower that sees the new generation finds its keys.
        _reread[next.Generation] = changedKeys;
        _reread.TryRemove(next.Generation - KeptSwaps, out _);
        Volatile.Write(ref _current, next);
    }

    private async Task<IReadOnlyList<PublishedDocument>> LoadAsync(IReadOnlyCollection<Guid>? keys, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PublishedDocumentLoader>().LoadAsync(keys, cancellationToken);
    }
}
