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
    private readonly SemaphoreSlim _swap = new(1, 1);
    private PublishedSnapshot _current = PublishedSnapshot.Empty;

    public PublishedSnapshot Current => Volatile.Read(ref _current);

    /// <summary>
    /// Raised inside the swap, once per new snapshot, with the one it replaced and the keys it re-read (null for a
    /// full rebuild), so that followers (redirect tracking, the Delivery API's stored JSON) see every step in order.
    /// Handlers must be quick and must not throw.
    /// </summary>
    public event Action<SnapshotSwap>? Swapped;

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
        var previous = Current;
        Volatile.Write(ref _current, next);
        Swapped?.Invoke(new SnapshotSwap(previous, next, changedKeys));
    }

    private async Task<IReadOnlyList<PublishedDocument>> LoadAsync(IReadOnlyCollection<Guid>? keys, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PublishedDocumentLoader>().LoadAsync(keys, cancellationToken);
    }
}

/// <summary>One snapshot replacing another; <see cref="ChangedKeys"/> is null when everything was re-read.</summary>
public sealed record SnapshotSwap(PublishedSnapshot Previous, PublishedSnapshot Current, IReadOnlyCollection<Guid>? ChangedKeys);
