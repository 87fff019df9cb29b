using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>
/// New variants an anonymous client may cause per minute, one fixed window per client address (ASP.NET Core's
/// rate limiters). It is consulted only when a variant has to be made, so a page that reuses cached sizes is never
/// slowed; the endpoint's own rate-limiting middleware could not tell a cache hit from new work.
/// </summary>
public sealed class ImageRateLimiter(IOptions<MediaOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.AnonymousProcessingPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public RateLimitLease Acquire(string client) => _limiter.AttemptAcquire(client);

    public void Dispose() => _limiter.Dispose();
}
