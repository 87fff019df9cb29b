using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

/// <summary>
/// The change log's <c>query-index</c> consumer: after each committed change that swapped the snapshot, makes the
/// query index of the new snapshot (<see cref="PublishedQueryEngine.Prepare"/>), so the requests after a publish find
/// it ready.
/// </summary>
internal sealed class QueryIndexPreparer(PublishedQueryEngine engine, PublishedSnapshotService snapshots) : IContentChangeHandler
{
    public Task HandleAsync(ContentChange change, CancellationToken cancellationToken)
    {
        if (change.Kind != ContentChangeKind.Saved)
        {
            engine.Prepare(snapshots.Current);
        }

        return Task.CompletedTask;
    }
}
