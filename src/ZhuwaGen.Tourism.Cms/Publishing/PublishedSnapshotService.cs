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

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await _swap.WaitAsync(cancellationToken);
        try
        {
            var documents = await LoadAsync(null, cancellationToken);
            Volatile.Write(ref _current, new PublishedSnapshot(documents, schemas.Current.Languages, Current.Generation + 1));
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
            Volatile.Write(ref _current, Current.With(reloaded, gone, schemas.Current.Languages));
        }
        finally
        {
            _swap.Release();
        }
    }

    private async Task<IReadOnlyList<PublishedDocument>> LoadAsync(IReadOnlyCollection<Guid>? keys, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PublishedDocumentLoader>().LoadAsync(keys, cancellationToken);
    }
}
