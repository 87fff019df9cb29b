using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ZhuwaGen.Tourism.Cms.Management.Security;

/// <summary>What a secret is guessed for: a person's password or an API client's secret.</summary>
public enum GuessScope
{
    SignIn,
    Token,

    /// <summary>A person's second factor (a TOTP or recovery code), counted per user key.</summary>
    TwoFactor,
}

/// <summary>What a recorded wrong guess did: nothing more, or locked this client out of the account.</summary>
public readonly record struct GuessFailure(bool LockedNow, bool TellOwner, DateTimeOffset LockedUntil);

/// <summary>
/// Counts wrong guesses of a secret per (account, client) and per account, in memory. One client that gets an
/// account's secret wrong <see cref="SignInSecurityOptions.MaxFailedSignIns"/> times in a row is locked out of that
/// account for <see cref="SignInSecurityOptions.LockoutDuration"/>; any other client — the owner elsewhere — is not.
/// Across all clients an account only slows down: past <see cref="SignInSecurityOptions.AccountSlowdownAfter"/>
/// failures in a lockout period every attempt waits <see cref="SignInSecurityOptions.AccountSlowdownDelay"/> first,
/// the right secret included, so a guesser with many addresses is slowed and nobody is locked out by someone else.
/// Accounts that do not exist are counted exactly alike, so the throttle tells nobody which exist. The state is
/// bounded (<see cref="SignInSecurityOptions.MaxTrackedGuessers"/> entries, least recently used dropped first) and
/// keyed by a hash, so neither many clients nor long account names can grow it.
/// </summary>
public sealed class GuessThrottle(IOptions<SignInSecurityOptions> options, TimeProvider clock) : IDisposable
{
    private readonly Lock _create = new();
    private readonly MemoryCache _state = new(new MemoryCacheOptions
    {
        SizeLimit = options.Value.MaxTrackedGuessers,
        CompactionPercentage = 0.1,
    });

    /// <summary>
    /// Whether this client may try this account now; waits first when the account is under a wide guessing attack.
    /// A locked-out client is answered at once, before any work on the secret.
    /// </summary>
    public async Task<bool> MayTryAsync(GuessScope scope, string account, string client, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        if (_state.Get<Counter>(PairKey(scope, account, client)) is { } pair && pair.IsLocked(now))
        {
            return false;
        }

        if (_state.Get<Counter>(AccountKey(scope, account)) is { } wide && wide.Failures(now, settings.LockoutDuration) >= settings.AccountSlowdownAfter)
        {
            await Task.Delay(settings.AccountSlowdownDelay, clock, cancellationToken);
        }

        return true;
    }

    public GuessFailure RecordFailure(GuessScope scope, string account, string client)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var wide = GetOrCreate(AccountKey(scope, account));
        wide.Fail(now, settings.LockoutDuration, int.MaxValue, settings.LockoutDuration);
        var pair = GetOrCreate(PairKey(scope, account, client));
        if (!pair.Fail(now, settings.LockoutDuration, settings.MaxFailedSignIns, settings.LockoutDuration))
        {
            return default;
        }

        // One email per account per lockout period, however many clients lock themselves out of it.
        var lockedUntil = now + settings.LockoutDuration;
        wide.MarkLocked(lockedUntil);
        return new GuessFailure(true, wide.ClaimNotice(now, settings.LockoutDuration), lockedUntil);
    }

    /// <summary>The right secret from this client: its count starts again. The account's wide count stands.</summary>
    public void RecordSuccess(GuessScope scope, string account, string client) => _state.Remove(PairKey(scope, account, client));

    /// <summary>Whether some client is locked out of the account now (what an administrator's user list shows).</summary>
    public bool IsAnyClientLocked(GuessScope scope, string account) =>
        _state.Get<Counter>(AccountKey(scope, account)) is { } wide && wide.IsLockedSomewhere(clock.GetUtcNow());

    /// <summary>
    /// An administrator lifts every lock and count on the account. The per-client counters cannot be listed (they are
    /// keyed by a hash), so the account moves to a new generation that every per-client key includes.
    /// </summary>
    public void Unlock(GuessScope scope, string account)
    {
        lock (_create)
        {
            var generation = _state.GetOrCreate(GenerationKey(scope, account), entry =>
            {
                entry.Size = 1;
                entry.Priority = CacheItemPriority.NeverRemove;
                entry.SlidingExpiration = options.Value.LockoutDuration * 2;
                return new Generation();
            })!;
            Interlocked.Increment(ref generation.Value);
            _state.Remove(AccountKey(scope, account));
        }
    }

    public void Dispose() => _state.Dispose();

    // Under one lock: MemoryCache.GetOrCreate alone may hand two racing callers two counters, and a count would be lost.
    private Counter GetOrCreate(string key)
    {
        lock (_create)
        {
            return _state.GetOrCreate(key, entry =>
            {
                entry.Size = 1;

                // Nothing counted is older than a lockout period; after twice that the entry is certainly of no use.
                entry.SlidingExpiration = options.Value.LockoutDuration * 2;
                return new Counter();
            })!;
        }
    }

    private string PairKey(GuessScope scope, string account, string client) =>
        Key($"{scope}\n{account}\n{client}\n{_state.Get<Generation>(GenerationKey(scope, account))?.Value ?? 0}");

    private static string GenerationKey(GuessScope scope, string account) => Key($"{scope}\n{account}\ngeneration");

    private static string AccountKey(GuessScope scope, string account) => Key($"{scope}\n{account}");

    private static string Key(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private sealed class Generation
    {
        public int Value;
    }

    /// <summary>Failures within a period that starts at the first one; a lock once the count reaches its limit.</summary>
    private sealed class Counter
    {
        private readonly Lock _lock = new();
        private int _failures;
        private DateTimeOffset _someClientLockedUntil;
        private DateTimeOffset _since;
        private DateTimeOffset _lockedUntil;
        private DateTimeOffset _noticeSentUntil;

        public bool IsLocked(DateTimeOffset now)
        {
            lock (_lock)
            {
                return _lockedUntil > now;
            }
        }

        public void MarkLocked(DateTimeOffset until)
        {
            lock (_lock)
            {
                _someClientLockedUntil = until > _someClientLockedUntil ? until : _someClientLockedUntil;
            }
        }

        public bool IsLockedSomewhere(DateTimeOffset now)
        {
            lock (_lock)
            {
                return _someClientLockedUntil > now;
            }
        }

        public int Failures(DateTimeOffset now, TimeSpan period)
        {
            lock (_lock)
            {
                return now - _since < period ? _failures : 0;
            }
        }

        /// <summary>Counts one failure; true when this one reached the limit and locked (only one caller sees that).</summary>
        public bool Fail(DateTimeOffset now, TimeSpan period, int limit, TimeSpan lockout)
        {
            lock (_lock)
            {
                if (_lockedUntil > now)
                {
                    // Guesses that raced past the lock check do not count again.
                    return false;
                }

                if (now - _since >= period)
                {
                    (_failures, _since) = (0, now);
                }

                if (++_failures < limit)
                {
                    return false;
                }

                (_failures, _lockedUntil) = (0, now + lockout);
                return true;
            }
        }

        public bool ClaimNotice(DateTimeOffset now, TimeSpan period)
        {
            lock (_lock)
            {
                if (_noticeSentUntil > now)
                {
                    return false;
                }

                _noticeSentUntil = now + period;
                return true;
            }
        }
    }
}
