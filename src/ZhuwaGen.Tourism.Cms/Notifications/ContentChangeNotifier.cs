using Microsoft.Extensions.Logging;

namespace ZhuwaGen.Tourism.Cms.Notifications;

/// <summary>
/// Tells every registered handler about a committed change. A failing handler is logged and does not stop the
/// others: the write has already committed and must not be reported as failed.
/// </summary>
public sealed class ContentChangeNotifier(IEnumerable<IContentChangeHandler> handlers, ILogger<ContentChangeNotifier> logger)
{
    public async Task NotifyAsync(ContentChange change, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers)
        {
            try
            {
                await handler.HandleAsync(change, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "{Handler} failed on {Kind} of {Keys}", handler.GetType().Name, change.Kind, change.Keys);
            }
        }
    }
}
