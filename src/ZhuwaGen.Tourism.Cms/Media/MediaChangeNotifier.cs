using Microsoft.Extensions.Logging;

namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>
/// Tells every handler about a committed media change. A failing handler is logged and does not stop the others:
/// the write has committed and must not be reported as failed.
/// </summary>
public sealed class MediaChangeNotifier(IEnumerable<IMediaChangeHandler> handlers, ILogger<MediaChangeNotifier> logger)
{
    public async Task NotifyAsync(MediaChange change, CancellationToken cancellationToken)
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
