using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ZhuwaGen.Tourism.Cms.Users;

/// <summary>
/// The security stamps that sign-in cookies are checked against, kept briefly per user so that a signed-in person's
/// requests do not each cost a query. Bounded (<see cref="Capacity"/> users) and short-lived
/// (<see cref="SessionStampCacheOptions.SessionStampCacheDuration"/>). Whatever changes a stamp on this instance (sign-out, a
/// new password or role) evicts it at once, so a revoked cookie stops here with its next request; a change made by
/// another instance is seen within the duration.
/// </summary>
public sealed class SessionStampCache(IOptions<SessionStampCacheOptions> options) : IDisposable
{
    public const int Capacity = 10_000;

    private readonly MemoryCache _stamps = new(new MemoryCacheOptions { SizeLimit = Capacity });
    private long _evictions;

    /// <summary>Read before loading a stamp and hand it to <see cref="Set"/>: an eviction in between wins.</summary>
    public long Version => Interlocked.Read(ref _evictions);

    /// <summary>The cached stamp of the user (null: no such cookie user), if there is one.</summary>
    public bool TryGet(Guid key, out string? stamp) => _stamps.TryGetValue(key, out stamp);

    /// <summary>
    /// Keeps the stamp read from the database, unless a stamp changed on this instance since <paramref name="version"/>
    /// was read (the value read may be the old one).
    /// </summary>
    public void Set(Guid key, string? stamp, long version)
    {
        if (version != Version)
        {
            return;
        }

        _stamps.Set(key, stamp, new MemoryCacheEntryOptions
        {
            Size = 1,
            AbsoluteExpirationRelativeToNow = options.Value.SessionStampCacheDuration,
        });
    }

    /// <summary>The user's stamp has changed here: the next request of any of their cookies reads it again.</summary>
    public void Evict(Guid key)
    {
        Interlocked.Increment(ref _evictions);
        _stamps.Remove(key);
    }

    public void Dispose() => _stamps.Dispose();
}

/// <summary>"Cms:Security:SessionStampCacheDuration": how long a checked security stamp is trusted without the database.</summary>
public sealed class SessionStampCacheOptions
{
    public TimeSpan SessionStampCacheDuration { get; set; } = TimeSpan.FromSeconds(5);
}
