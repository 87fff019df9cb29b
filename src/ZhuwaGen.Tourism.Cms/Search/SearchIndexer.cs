using Microsoft.Extensions.Hosting;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Search;

/// <summary>
/// Keeps <see cref="SearchIndex"/> in step with the published snapshot, the only writer of the index: after a
/// committed change it re-indexes the changed keys from the snapshot in force (requests never build the index). It must be registered after <see cref="PublishedSnapshotService"/>, whose
/// handler swaps the snapshot in first (handlers run in registration order). At start it builds the index from the
/// first snapshot, once the site's start-up (registered before it) has built that snapshot.
/// </summary>
public sealed class SearchIndexer(SearchIndex index, PublishedSnapshotService snapshots) : IContentChangeHandler, IHostedService
{
    public Task HandleAsync(ContentChange change, CancellationToken cancellationToken)
    {
        if (change.Kind != ContentChangeKind.Saved)
        {
            index.Update(snapshots.Current, change.Keys);
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        index.Rebuild(snapshots.Current);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
