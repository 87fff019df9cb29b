using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>
/// How many variants are made at once (<see cref="MediaOptions.MaxConcurrentProcessing"/>) and how many may wait
/// (<see cref="MediaOptions.ProcessingQueueLimit"/>). A lease that is not acquired means the queue is full: the
/// request is answered 503 at once instead of holding memory and a connection.
/// </summary>
public sealed class ImageWorkLimiter(IOptions<MediaOptions> options) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.EffectiveConcurrency,
        QueueLimit = options.Value.ProcessingQueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken) => _limiter.AcquireAsync(1, cancellationToken);

    public void Dispose() => _limiter.Dispose();
}
