using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Search;

/// <summary>
/// Keeps <see cref="SearchIndex"/> in step with the published snapshot, the only writer of the index (requests never
/// build it). It is the change log's <c>search</c> consumer, declared after the snapshot's: at start it builds the
/// index from the first snapshot, and after each committed change it re-indexes the changed keys from the snapshot
/// in force.
/// </summary>
public sealed class SearchIndexer(SearchIndex index, PublishedSnapshotService snapshots) : IContentChangeHandler
{
    public Task HandleAsync(ContentChange change, CancellationToken cancellationToken)
    {
        if (change.Kind != ContentChangeKind.Saved)
        {
            index.Update(snapshots.Current, change.Keys);
        }

        return Task.CompletedTask;
    }

    /// <summary>Builds the whole index from the current snapshot.</summary>
    public Task BuildAsync(CancellationToken cancellationToken)
    {
        index.Rebuild(snapshots.Current);
        return Task.CompletedTask;
    }
}
