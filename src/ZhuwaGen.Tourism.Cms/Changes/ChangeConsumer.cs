using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Notifications;

namespace ZhuwaGen.Tourism.Cms.Changes;

/// <summary>
/// A consumer of the change log, registered by the module that owns it under a name declared in
/// <see cref="ChangeConsumerOrder"/>. A local consumer keeps state in this instance's memory (the snapshot, caches, the
/// search index): <see cref="Start"/> builds it whole at start-up and <see cref="Content"/>/<see cref="Media"/> keep it
/// current. A durable consumer's effects live in the database and its checkpoint advances in the same transaction.
/// A local consumer whose state the site can serve without for a moment (the search index) gives <see cref="Warm"/>
/// instead of <see cref="Start"/>: it is built once the site listens, so the first page does not wait for it.
/// </summary>
public sealed record ChangeConsumer(
    string Name,
    Func<IServiceProvider, IContentChangeHandler>? Content = null,
    Func<IServiceProvider, IMediaChangeHandler>? Media = null,
    Func<IServiceProvider, IDurableChangeHandler>? Durable = null,
    Func<IServiceProvider, CancellationToken, Task>? Start = null,
    Func<IServiceProvider, CancellationToken, Task>? Warm = null);

/// <summary>
/// A consumer whose effects are rows in the CMS database (the webhook outbox, later mail). It writes through the
/// services of <paramref name="scope"/>, whose CmsDbContext is inside the transaction that also advances its checkpoint,
/// so each entry takes effect exactly once.
/// </summary>
public interface IDurableChangeHandler
{
    Task HandleAsync(ChangeLogEntry entry, IServiceProvider scope, CancellationToken cancellationToken);
}
