using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Tests.Builders;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Webhooks;

namespace ZhuwaGen.Tourism.Tests.Changes;

/// <summary>
/// What happens after a write commits: the change log is written in the write's transaction and read by the
/// pipeline, so neither a caller that hangs up, nor a consumer that throws, nor a crash loses a committed change.
/// </summary>
public sealed class ChangePipelineTests
{
    private const string HookUrl = "https://hooks.example.com/zhuwagen";

    [Theory, BothProviders]
    public async Task A_publish_whose_caller_hangs_up_right_after_the_commit_still_shows_and_fires_once(DatabaseProvider provider)
    {
        var hangUp = new HangUpAfterCommit();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, services: s => AddInterceptor(s, hangUp));
        var (_, _, stops) = await host.PublishTreeAsync(stops: 1);
        await host.AddWebhookAsync(new WebhookInput(HookUrl, [WebhookEvents.ContentPublish], []));
        await RenameAsync(host, stops[0], "Renamed while leaving");

        using var request = new CancellationTokenSource();
        hangUp.Arm(request);
        var publish = host.WithScopeAsync<PublishingService, PublishResult>(s => s.PublishAsync(stops[0], ["en"], WebhookHost.User, request.Token));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => publish);
        Assert.True(hangUp.Fired);
        await host.Services.GetRequiredService<ChangePipeline>().WaitForIdleAsync(default);
        Assert.Equal("Renamed while leaving", Snapshot(host).ByKey(stops[0])!.Cultures["en"].Name);
        Assert.Equal(1, await host.QueuedAsync());
    }

    [Theory, BothProviders]
    public async Task A_consumer_that_throws_is_retried_and_the_change_still_shows_once(DatabaseProvider provider)
    {
        var flaky = new FlakyHandler();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(
            database,
            configure: c => c["Cms:Changes:RetryBase"] = "00:00:00.050",
            services: s => s.AddChangeConsumer(new ChangeConsumer(ChangeConsumerOrder.Search, Content: _ => flaky)));
        var (_, _, stops) = await host.PublishTreeAsync(stops: 1);
        await host.AddWebhookAsync(new WebhookInput(HookUrl, [WebhookEvents.ContentPublish], []));
        await RenameAsync(host, stops[0], "Shown despite a failing consumer");
        flaky.FailNext(2);

        var result = await host.WithScopeAsync<PublishingService, PublishResult>(s => s.PublishAsync(stops[0], ["en"], WebhookHost.User, default));

        Assert.True(result.Succeeded);
        Assert.Equal("Shown despite a failing consumer", Snapshot(host).ByKey(stops[0])!.Cultures["en"].Name);
        var pipeline = host.Services.GetRequiredService<ChangePipeline>();
        var failure = Assert.Single(pipeline.Failures);
        Assert.Equal(ChangeConsumerOrder.Search, failure.Consumer);
        Assert.Contains("flaky", failure.Error, StringComparison.Ordinal);

        await pipeline.WaitForIdleAsync(default);
        Assert.Empty(pipeline.Failures);
        Assert.Equal(1, flaky.Applied.Count(c => c.Kind == ContentChangeKind.Published && c.Keys.SequenceEqual([stops[0]])));
        Assert.Equal(1, await host.QueuedAsync());
    }

    [Theory, BothProviders]
    public async Task A_crash_between_the_commit_and_the_consumers_is_caught_up_at_the_next_start(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid stop;
        await using (var before = await WebhookHost.StartAsync(database))
        {
            var (_, _, stops) = await before.PublishTreeAsync(stops: 1);
            stop = stops[0];
            await before.AddWebhookAsync(new WebhookInput(HookUrl, [WebhookEvents.ContentPublish], []));
            Assert.Equal(0, await before.QueuedAsync());

            // The process dies after the commit: nothing reads the log any more.
            await before.Services.GetRequiredService<ChangePipeline>().StopAsync();
            await RenameAsync(before, stop, "Committed before the crash");
            var result = await before.WithScopeAsync<PublishingService, PublishResult>(s => s.PublishAsync(stop, ["en"], WebhookHost.User, default));
            Assert.True(result.Succeeded);
            Assert.NotEqual("Committed before the crash", Snapshot(before).ByKey(stop)!.Cultures["en"].Name);
        }

        await using var after = await WebhookHost.StartAsync(database);

        Assert.Equal("Committed before the crash", Snapshot(after).ByKey(stop)!.Cultures["en"].Name);
        Assert.Equal(1, await after.QueuedAsync());
    }

    [Theory, BothProviders]
    public async Task Waiting_for_idle_is_released_by_the_loop_without_making_it_read_the_log_again_and_again(DatabaseProvider provider)
    {
        var flaky = new FlakyHandler();
        var reads = new LogReads();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(
            database,
            configure: c =>
            {
                c["Cms:Changes:RetryBase"] = "00:00:00.300";
                c["Cms:Changes:PollInterval"] = "01:00:00";
            },
            services: s =>
            {
                s.AddChangeConsumer(new ChangeConsumer(ChangeConsumerOrder.Search, Content: _ => flaky));
                AddInterceptor(s, reads);
            });
        var (_, _, stops) = await host.PublishTreeAsync(stops: 1);
        await RenameAsync(host, stops[0], "Shown after one retry");
        flaky.FailNext(1);
        var result = await host.WithScopeAsync<PublishingService, PublishResult>(s => s.PublishAsync(stops[0], ["en"], WebhookHost.User, default));
        var pipeline = host.Services.GetRequiredService<ChangePipeline>();
        Assert.True(result.Succeeded);
        Assert.Single(pipeline.Failures);

        // The search consumer retries in 300 ms; the wait is released when the loop gets there, and in the meantime
        // the loop reads the log once for the wake-up and once for the retry (a 10 ms poll read it about 30 times).
        reads.Reset();
        await pipeline.WaitForIdleAsync(default);

        Assert.Empty(pipeline.Failures);
        Assert.Equal(1, flaky.Applied.Count(c => c.Kind == ContentChangeKind.Published && c.Keys.SequenceEqual([stops[0]])));
        Assert.InRange(reads.Count, 1, 4);
    }

    [Theory, BothProviders]
    public async Task Waiting_for_idle_behind_a_failing_consumer_times_out_naming_it(DatabaseProvider provider)
    {
        var flaky = new FlakyHandler();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(
            database,
            configure: c => c["Cms:Changes:RetryBase"] = "00:00:00.050",
            services: s => s.AddChangeConsumer(new ChangeConsumer(ChangeConsumerOrder.Search, Content: _ => flaky)));
        var (_, _, stops) = await host.PublishTreeAsync(stops: 1);
        flaky.FailNext(int.MaxValue);
        await host.WithScopeAsync<PublishingService, PublishResult>(s => s.PublishAsync(stops[0], ["en"], WebhookHost.User, default));
        var pipeline = host.Services.GetRequiredService<ChangePipeline>();

        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => pipeline.WaitForIdleAsync(default, TimeSpan.FromMilliseconds(300)));

        Assert.Contains("search fails on", timeout.Message, StringComparison.Ordinal);
        await pipeline.StopAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => pipeline.WaitForIdleAsync(default));
    }

    [Theory, BothProviders]
    public async Task An_unreadable_entry_is_reported_with_its_id_and_kept_for_retry_without_losing_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, configure: c => c["Cms:Changes:RetryBase"] = "00:00:00.050");
        var entry = await host.WithScopeAsync<CmsDbContext, ChangeLogEntryEntity>(async db =>
        {
            var row = new ChangeLogEntryEntity { Source = "content", Kind = "Published", Payload = "{not json", CreateDate = DateTime.UtcNow };
            db.ChangeLog.Add(row);
            await db.SaveChangesAsync();
            return row;
        });
        var pipeline = host.Services.GetRequiredService<ChangePipeline>();
        pipeline.Signal();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!pipeline.Failures.Any(f => f.Attempts >= 2) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        // The snapshot fails on the entry, says which, and keeps retrying it; the webhooks, declared to follow the
        // snapshot, wait behind it instead of skipping the entry.
        var failure = Assert.Single(pipeline.Failures);
        Assert.Equal((ChangeConsumerOrder.Snapshot, entry.Id), (failure.Consumer, failure.EntryId));
        Assert.True(failure.Attempts >= 2);
        Assert.Contains("unreadable payload", failure.Error, StringComparison.Ordinal);
        Assert.True(pipeline.PositionOf(ChangeConsumerOrder.Webhooks) < entry.Id);
        var checkpoint = await host.WithScopeAsync<CmsDbContext, ChangeCheckpointEntity>(
            db => db.ChangeCheckpoints.AsNoTracking().SingleAsync(c => c.Consumer == ChangeConsumerOrder.Webhooks));
        Assert.True(checkpoint.Position < entry.Id);
        Assert.True(await host.WithScopeAsync<CmsDbContext, bool>(db => db.ChangeLog.AnyAsync(e => e.Id == entry.Id)));
    }

    [Theory, BothProviders]
    public async Task The_log_entry_and_the_change_commit_together_or_not_at_all(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database);
        var (_, _, stops) = await host.PublishTreeAsync(stops: 1);
        var count = () => host.WithScopeAsync<CmsDbContext, int>(db => db.ChangeLog.CountAsync());
        var before = await count();

        var refused = await host.WithScopeAsync<PublishingService, PublishResult>(s => s.PublishAsync(stops[0], ["xx-XX"], WebhookHost.User, default));
        await RenameAsync(host, stops[0], "One more draft");

        Assert.False(refused.Succeeded);
        Assert.Equal(before + 1, await count());
    }

    private static PublishedSnapshot Snapshot(WebhookHost host) => host.Services.GetRequiredService<PublishedSnapshotService>().Current;

    private static async Task RenameAsync(WebhookHost host, Guid key, string name)
    {
        var result = await host.WithScopeAsync<DocumentService, DocumentResult>(s => s.SaveDraftAsync(
            key, new DocumentEdit(new Dictionary<string, string> { ["en"] = name }, []), WebhookHost.User, default));
        Assert.True(result.Succeeded, result.Status.ToString());
    }

    private static void AddInterceptor(IServiceCollection services, IInterceptor interceptor)
    {
        services.ConfigureDbContext<SqliteCmsDbContext>(o => o.AddInterceptors(interceptor));
        services.ConfigureDbContext<PostgresCmsDbContext>(o => o.AddInterceptors(interceptor));
    }

    /// <summary>Counts the pipeline's reads of the change log (the batch query; not the MAX of a wait or a write).</summary>
    private sealed class LogReads : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Replace("\"", string.Empty, StringComparison.Ordinal).Contains("FROM change_log", StringComparison.Ordinal)
                && command.CommandText.Contains("ORDER BY", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }

            return ValueTask.FromResult(result);
        }
    }

    /// <summary>Cancels the armed request the moment its transaction has committed: a phone that lost its signal.</summary>
    private sealed class HangUpAfterCommit : DbTransactionInterceptor
    {
        private CancellationTokenSource? _request;

        public bool Fired { get; private set; }

        public void Arm(CancellationTokenSource request) => _request = request;

        public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            // Only the commit of a change (its change-log row is in the context): a consumer's checkpoint, committed in
            // the background meanwhile, must not take the hang-up meant for the publish.
            if (eventData.Context?.ChangeTracker.Entries<ChangeLogEntryEntity>().Any() == true
                && Interlocked.Exchange(ref _request, null) is { } request)
            {
                Fired = true;
                await request.CancelAsync();
            }
        }
    }

    private sealed class FlakyHandler : IContentChangeHandler
    {
        private int _failures;

        public List<ContentChange> Applied { get; } = [];

        public void FailNext(int count) => _failures = count;

        public Task HandleAsync(ContentChange change, CancellationToken cancellationToken)
        {
            if (change.Kind == ContentChangeKind.Published && Interlocked.Decrement(ref _failures) >= 0)
            {
                throw new InvalidOperationException("flaky consumer");
            }

            lock (Applied)
            {
                Applied.Add(change);
            }

            return Task.CompletedTask;
        }
    }
}
