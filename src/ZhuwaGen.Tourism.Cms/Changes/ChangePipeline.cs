using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Changes;

/// <summary>
/// Reads the change log in order and hands each entry to every consumer, in the order of
/// <see cref="ChangeConsumerOrder"/>, on its own loop: a request that hangs up, or a handler that throws, never loses a
/// committed change. A consumer that fails on an entry keeps its place and retries with backoff while the others go on
/// (except those declared to follow it). At start the local consumers are built whole from the database and start at
/// the log's head; durable consumers resume from their stored checkpoint, so a crash between a commit and its
/// consumers is caught up at the next start.
/// </summary>
/// <remarks>
/// Other instances' writes are seen by polling; a later step replaces the poll with PostgreSQL LISTEN/NOTIFY
/// (<see cref="Signal"/> is the hook), without changing the consumers.
/// </remarks>
public sealed class ChangePipeline : IAsyncDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IServiceProvider _services;
    private readonly ChangePipelineOptions _options;
    // Retries and polls run on real time even where the CMS's clock is a test's fake one, which may never move.
    private readonly TimeProvider _clock = TimeProvider.System;
    private readonly ILogger<ChangePipeline> _logger;
    private readonly IReadOnlyList<ConsumerState> _consumers;
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly Lock _waitersLock = new();
    // A waiter is released when the local consumers (or, for WaitForIdleAsync, all consumers) reach its entry.
    private readonly List<Waiter> _waiters = [];
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;
    private Task _warming = Task.CompletedTask;

    // Completes when the consumers built after start-up are built; known before the host starts, so a caller that asks
    // early (a callback of the same ApplicationStarted) still waits for the build.
    private readonly TaskCompletionSource _warmed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _nextPrune;

    public ChangePipeline(
        IServiceScopeFactory scopes,
        IServiceProvider services,
        IEnumerable<ChangeConsumer> registrations,
        IOptions<ChangePipelineOptions> options,
        ILogger<ChangePipeline> logger)
    {
        _scopes = scopes;
        _services = services;
        _options = options.Value;
        _logger = logger;
        _consumers = Order(registrations.ToList());
    }

    /// <summary>True once <see cref="StartAsync"/> has built the local state and the loop runs.</summary>
    public bool IsRunning => _loop is { IsCompleted: false };

    /// <summary>The consumers in their declared order.</summary>
    public IReadOnlyList<string> Consumers => _consumers.Select(c => c.Name).ToList();

    /// <summary>The consumers that are failing now, with the entry each is stuck on.</summary>
    public IReadOnlyList<ChangeConsumerFailure> Failures
    {
        get
        {
            lock (_waitersLock)
            {
                return _consumers.Where(c => c.FailingEntryId is not null)
                    .Select(c => new ChangeConsumerFailure(c.Name, c.FailingEntryId!.Value, c.Attempts, c.LastError ?? string.Empty, c.NextAttempt))
                    .ToList();
            }
        }
    }

    /// <summary>Where <paramref name="consumer"/> stands in the log (the last entry it applied).</summary>
    public long PositionOf(string consumer)
    {
        lock (_waitersLock)
        {
            return _consumers.Single(c => c.Name == consumer).Position;
        }
    }

    /// <summary>
    /// Builds every local consumer from the database (the snapshot, media, stored JSON, search), places them at the
    /// log's head as read before the build (an entry committed meanwhile is applied again, harmlessly), loads the
    /// durable checkpoints and starts the loop, which first catches the durable consumers up.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var consumer in _consumers)
        {
            consumer.Resolve(_services);
        }

        long head;
        await using (var scope = _scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            head = await db.ChangeLog.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
            var checkpoints = await db.ChangeCheckpoints.AsNoTracking().ToDictionaryAsync(c => c.Consumer, cancellationToken);
            foreach (var consumer in _consumers.Where(c => c.IsDurable))
            {
                if (checkpoints.TryGetValue(consumer.Name, out var checkpoint))
                {
                    consumer.Position = checkpoint.Position;
                    consumer.Attempts = checkpoint.Attempts;
                }
                else
                {
                    db.ChangeCheckpoints.Add(new ChangeCheckpointEntity { Consumer = consumer.Name, Position = 0 });
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var consumer in _consumers.Where(c => !c.IsDurable))
        {
            if (consumer.Registration.Warm is not null)
            {
                consumer.Warming = true;
                consumer.Position = head;
                continue;
            }

            if (consumer.Registration.Start is { } start)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                await start(_services, cancellationToken);
                _logger.LogDebug("Change consumer {Consumer} built in {Elapsed} ms", consumer.Name, clock.ElapsedMilliseconds);
            }

            consumer.Position = head;
        }

        _loop = Task.Run(() => LoopAsync(_stopping.Token), CancellationToken.None);
        Signal();
        if (_consumers.Any(c => c.Warming))
        {
            // Under a host, after the server listens: on two cores a build beside the start would delay the first page.
            if (_services.GetService<IHostApplicationLifetime>() is { } lifetime)
            {
                lifetime.ApplicationStarted.Register(() => _warming = WarmAsync(_stopping.Token));
            }
            else
            {
                _warming = WarmAsync(_stopping.Token);
            }
        }
        else
        {
            _warmed.TrySetResult();
        }
    }

    /// <summary>Completes when every consumer built after start-up is built (tests, tools).</summary>
    public Task Warmed => _warmed.Task;

    /// <summary>
    /// Builds the consumers that wait for the site to listen, in declared order. Each starts at the place of the
    /// consumers it follows, read before its build from the state they have built, so it misses no entry; a failed
    /// build is retried with backoff and reported like a failing entry.
    /// </summary>
    private async Task WarmAsync(CancellationToken stopping)
    {
        await Task.Yield();
        try
        {
            await WarmEachAsync(stopping);
        }
        finally
        {
            if (stopping.IsCancellationRequested)
            {
                _warmed.TrySetCanceled(stopping);
            }
            else
            {
                _warmed.TrySetResult();
            }
        }
    }

    private async Task WarmEachAsync(CancellationToken stopping)
    {
        foreach (var consumer in _consumers.Where(c => c.Warming))
        {
            while (!stopping.IsCancellationRequested)
            {
                long from;
                lock (_waitersLock)
                {
                    from = consumer.After.Select(name => _consumers.First(c => c.Name == name).Position).DefaultIfEmpty(consumer.Position).Min();
                }

                try
                {
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    await consumer.Registration.Warm!(_services, stopping);
                    lock (_waitersLock)
                    {
                        consumer.Position = Math.Max(consumer.Position, from);
                        consumer.Warming = false;
                        consumer.FailingEntryId = null;
                        consumer.Attempts = 0;
                        consumer.LastError = null;
                    }

                    _logger.LogDebug("Change consumer {Consumer} built after start-up in {Elapsed} ms", consumer.Name, clock.ElapsedMilliseconds);
                    Signal();
                    break;
                }
                catch (Exception exception) when (!stopping.IsCancellationRequested)
                {
                    await RecordFailureAsync(consumer, from, exception, stopping);
                    await Task.Delay(consumer.NextAttempt - _clock.GetUtcNow() is { Ticks: > 0 } wait ? wait : TimeSpan.Zero, _clock, stopping)
                        .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
        }
    }

    /// <summary>Wakes the loop: a change was committed here (or, later, announced by another instance).</summary>
    public void Signal()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; the loop reads everything committed so far when it wakes.
        }
    }

    /// <summary>
    /// Returns once every local consumer has applied entry <paramref name="entryId"/> or is failing on it (or on an
    /// earlier one), so that a write shows on this instance when it returns. Cancelling stops the wait, never the work.
    /// Before <see cref="StartAsync"/> it returns at once: the start builds from the database, which holds the entry.
    /// </summary>
    public Task WaitForLocalAsync(long entryId, CancellationToken cancellationToken)
    {
        if (!IsRunning)
        {
            return Task.CompletedTask;
        }

        lock (_waitersLock)
        {
            if (LocalDone(entryId))
            {
                return Task.CompletedTask;
            }

            var waiter = new Waiter(entryId, allConsumers: false);
            _waiters.Add(waiter);
            Signal();
            return waiter.Done.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Waits until every consumer, durable ones included, has applied everything committed so far (tests, tools). The
    /// loop releases the wait when it gets there, as it does for <see cref="WaitForLocalAsync"/>; nothing polls.
    /// </summary>
    /// <exception cref="TimeoutException">Not there within <paramref name="timeout"/> (default 60 s); names the failing consumers.</exception>
    /// <exception cref="InvalidOperationException">The pipeline is not running (or stops before it gets there).</exception>
    public async Task WaitForIdleAsync(CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        long head;
        await using (var scope = _scopes.CreateAsyncScope())
        {
            head = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().ChangeLog.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        }

        var waiter = new Waiter(head, allConsumers: true);
        lock (_waitersLock)
        {
            if (AllDone(head))
            {
                return;
            }

            if (!IsRunning)
            {
                throw new InvalidOperationException($"The change pipeline is not running; its consumers have not reached entry {head}.");
            }

            _waiters.Add(waiter);
        }

        Signal();
        try
        {
            await waiter.Done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(60), _clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The change pipeline did not reach entry {head}: "
                + string.Join("; ", Failures.Select(f => $"{f.Consumer} fails on {f.EntryId}: {f.Error}").DefaultIfEmpty("no failure recorded")));
        }
        finally
        {
            lock (_waitersLock)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>Stops the loop (again and again, harmlessly); what is not yet applied is caught up at the next start.</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        // A build after start-up still running ends with the stop (its state is thrown away with the instance).
        await _warming.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        lock (_waitersLock)
        {
            // A write's wait ends (its entry is caught up at the next start); a wait for idle cannot be met.
            foreach (var waiter in _waiters)
            {
                if (waiter.AllConsumers)
                {
                    waiter.Done.TrySetException(new InvalidOperationException($"The change pipeline stopped before its consumers reached entry {waiter.Id}."));
                }
                else
                {
                    waiter.Done.TrySetResult();
                }
            }

            _waiters.Clear();
        }
    }

    // The token source and semaphore hold no timers or wait handles, so they are left to the collector: a host may
    // stop its services after the container disposed this, and a late commit may still signal.
    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task LoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            var more = false;
            try
            {
                more = await RunOnceAsync(stopping);
                await PruneAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Reading the log itself failed (the database is away): nothing was applied, so the next round retries.
                _logger.LogError(exception, "Reading the change log failed; retrying in {Delay}", _options.RetryBase);
                await Task.Delay(_options.RetryBase, _clock, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            if (!more)
            {
                try
                {
                    await _wake.WaitAsync(NextWake(), stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private TimeSpan NextWake()
    {
        var now = _clock.GetUtcNow();
        var wake = _options.PollInterval;
        foreach (var consumer in _consumers.Where(c => c.FailingEntryId is not null))
        {
            var due = consumer.NextAttempt - now;
            wake = due < wake ? due : wake;
        }

        return wake < TimeSpan.Zero ? TimeSpan.Zero : wake;
    }

    /// <summary>One pass over the unread entries; true when a full batch was read (more may be waiting).</summary>
    private async Task<bool> RunOnceAsync(CancellationToken stopping)
    {
        var from = _consumers.Count == 0 ? long.MaxValue : _consumers.Min(c => c.Position);
        List<ChangeLogEntryEntity> rows;
        await using (var scope = _scopes.CreateAsyncScope())
        {
            rows = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().ChangeLog.AsNoTracking()
                .Where(e => e.Id > from).OrderBy(e => e.Id).Take(_options.BatchSize).ToListAsync(stopping);
        }

        if (rows.Count > 0)
        {
            foreach (var consumer in _consumers)
            {
                await RunConsumerAsync(consumer, rows, stopping);
            }
        }

        ReleaseWaiters();
        return rows.Count == _options.BatchSize;
    }

    private async Task RunConsumerAsync(ConsumerState consumer, List<ChangeLogEntryEntity> rows, CancellationToken stopping)
    {
        if (consumer.Warming || (consumer.FailingEntryId is not null && consumer.NextAttempt > _clock.GetUtcNow()))
        {
            return;
        }

        var limit = consumer.After.Select(name => _consumers.FirstOrDefault(c => c.Name == name))
            .Where(c => c is not null).Select(c => c!.Position).DefaultIfEmpty(long.MaxValue).Min();
        foreach (var row in rows.Where(r => r.Id > consumer.Position && r.Id <= limit))
        {
            try
            {
                var entry = ChangeLogSerializer.FromEntity(row);
                if (consumer.IsDurable)
                {
                    await ApplyDurableAsync(consumer, entry, stopping);
                }
                else
                {
                    await ApplyLocalAsync(consumer, entry, stopping);
                }
            }
            catch (Exception exception) when (!stopping.IsCancellationRequested)
            {
                await RecordFailureAsync(consumer, row.Id, exception, stopping);
                return;
            }

            lock (_waitersLock)
            {
                consumer.Position = row.Id;
                if (consumer.FailingEntryId is not null)
                {
                    _logger.LogInformation("Change consumer {Consumer} applied entry {Entry} after {Attempts} failed attempt(s)", consumer.Name, row.Id, consumer.Attempts);
                }

                consumer.FailingEntryId = null;
                consumer.Attempts = 0;
                consumer.LastError = null;
            }
        }
    }

    private async Task ApplyLocalAsync(ConsumerState consumer, ChangeLogEntry entry, CancellationToken stopping)
    {
        if (entry.Content is { } content && consumer.Content is { } contentHandler)
        {
            await contentHandler.HandleAsync(content, stopping);
        }
        else if (entry.Media is { } media && consumer.Media is { } mediaHandler)
        {
            await mediaHandler.HandleAsync(media, stopping);
        }
    }

    private async Task ApplyDurableAsync(ConsumerState consumer, ChangeLogEntry entry, CancellationToken stopping)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(stopping);
        var checkpoint = await LockCheckpointAsync(db, consumer.Name, stopping);
        if (checkpoint.Position >= entry.Id)
        {
            // Another instance (or an earlier attempt whose commit we did not see) has applied it already.
            return;
        }

        await consumer.Durable!.HandleAsync(entry, scope.ServiceProvider, stopping);
        checkpoint.Position = entry.Id;
        checkpoint.FailingEntryId = null;
        checkpoint.Attempts = 0;
        checkpoint.LastError = null;
        checkpoint.NextAttemptDate = null;
        await db.SaveChangesAsync(stopping);
        await transaction.CommitAsync(stopping);
    }

    /// <summary>
    /// Reads a durable consumer's checkpoint so that no other pipeline on the same database can apply the same entry
    /// before this transaction ends. PostgreSQL: <c>FOR UPDATE</c> holds the row until commit or rollback; a second
    /// instance waits on it and then reads the advanced position, so it skips the entry. SQLite: the transaction was
    /// begun with BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default), so the database already has one writer at a time.
    /// </summary>
    private static async Task<ChangeCheckpointEntity> LockCheckpointAsync(CmsDbContext db, string consumer, CancellationToken stopping)
    {
        if (!db.Database.IsNpgsql())
        {
            return await db.ChangeCheckpoints.SingleAsync(c => c.Consumer == consumer, stopping);
        }

        var rows = await db.ChangeCheckpoints
            .FromSqlInterpolated($"SELECT * FROM change_checkpoints WHERE \"Consumer\" = {consumer} FOR UPDATE")
            .ToListAsync(stopping);
        return rows.Single();
    }

    private async Task RecordFailureAsync(ConsumerState consumer, long entryId, Exception exception, CancellationToken stopping)
    {
        DateTimeOffset next;
        int attempts;
        lock (_waitersLock)
        {
            attempts = consumer.FailingEntryId == entryId ? consumer.Attempts + 1 : 1;
            var delay = TimeSpan.FromTicks(Math.Min(_options.RetryMax.Ticks, _options.RetryBase.Ticks * (1L << Math.Min(attempts - 1, 20))));
            next = _clock.GetUtcNow() + delay;
            consumer.FailingEntryId = entryId;
            consumer.Attempts = attempts;
            consumer.LastError = exception.GetType().Name + ": " + exception.Message;
            consumer.NextAttempt = next;
        }

        _logger.LogError(exception, "Change consumer {Consumer} failed on entry {Entry} (attempt {Attempts}); retrying at {Next:O}", consumer.Name, entryId, attempts, next);
        if (!consumer.IsDurable)
        {
            return;
        }

        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            await db.ChangeCheckpoints.Where(c => c.Consumer == consumer.Name).ExecuteUpdateAsync(
                set => set.SetProperty(c => c.FailingEntryId, entryId)
                    .SetProperty(c => c.Attempts, attempts)
                    .SetProperty(c => c.LastError, Truncate(consumer.LastError, 4000))
                    .SetProperty(c => c.NextAttemptDate, next.UtcDateTime),
                stopping);
        }
        catch (Exception recordError) when (!stopping.IsCancellationRequested)
        {
            _logger.LogWarning(recordError, "Could not record the failure of {Consumer} on entry {Entry}", consumer.Name, entryId);
        }
    }

    private void ReleaseWaiters()
    {
        lock (_waitersLock)
        {
            for (var index = _waiters.Count - 1; index >= 0; index--)
            {
                var waiter = _waiters[index];
                if (waiter.AllConsumers ? AllDone(waiter.Id) : LocalDone(waiter.Id))
                {
                    waiter.Done.TrySetResult();
                    _waiters.RemoveAt(index);
                }
            }
        }
    }

    private bool AllDone(long entryId) => _consumers.All(c => c.Position >= entryId && !c.Warming);

    // A consumer still warming builds from state that already holds the entry, so a write does not wait for it.
    private bool LocalDone(long entryId) =>
        _consumers.Where(c => !c.IsDurable && !c.Warming).All(c => c.Position >= entryId || c.FailingEntryId <= entryId);

    private async Task PruneAsync(CancellationToken stopping)
    {
        var now = _clock.GetUtcNow();
        if (now < _nextPrune)
        {
            return;
        }

        _nextPrune = now + TimeSpan.FromHours(1);
        var readByAll = _consumers.Where(c => c.IsDurable).Select(c => c.Position).DefaultIfEmpty(long.MaxValue).Min();
        var before = (now - _options.KeepFor).UtcDateTime;
        await using var scope = _scopes.CreateAsyncScope();
        var deleted = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().ChangeLog
            .Where(e => e.Id <= readByAll && e.CreateDate < before).ExecuteDeleteAsync(stopping);
        if (deleted > 0)
        {
            _logger.LogInformation("Deleted {Count} change-log entries older than {Before:O}", deleted, before);
        }
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

    private static List<ConsumerState> Order(List<ChangeConsumer> registrations)
    {
        var declared = ChangeConsumerOrder.Declared;
        var unknown = registrations.Where(r => declared.All(d => d.Name != r.Name)).Select(r => r.Name).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"Change consumers not declared in {nameof(ChangeConsumerOrder)}: {string.Join(", ", unknown)}.");
        }

        var duplicate = registrations.GroupBy(r => r.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Change consumer {duplicate.Key} is registered twice.");
        }

        return declared
            .Select(d => (d.After, Registration: registrations.FirstOrDefault(r => r.Name == d.Name)))
            .Where(d => d.Registration is not null)
            .Select(d => new ConsumerState(d.Registration!, d.After))
            .ToList();
    }

    private sealed class Waiter(long id, bool allConsumers)
    {
        public long Id { get; } = id;

        public bool AllConsumers { get; } = allConsumers;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
