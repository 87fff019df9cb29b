using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Publishing.PublishingFixtures;

namespace ZhuwaGen.Tourism.Tests.Publishing;

public sealed class SchedulingTests
{
    [Theory, BothProviders]
    public async Task Schedules_in_the_past_or_unpublishing_before_publishing_are_refused(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var key = await CreateAsync(host, null, "shouye");
        var now = Now(host);

        var past = await ScheduleAsync(host, key, new CultureSchedule(Zh, now.AddMinutes(-1), null));
        var inverted = await ScheduleAsync(host, key, new CultureSchedule(Zh, now.AddHours(2), now.AddHours(1)));

        Assert.Equal(ContentPublishingOperationStatus.InvalidSchedule, past);
        Assert.Equal(ContentPublishingOperationStatus.InvalidSchedule, inverted);
        var state = State(await GetAsync(host, key), Zh);
        Assert.Null(state.ScheduledPublishDate);
        Assert.Null(state.ScheduledUnpublishDate);
    }

    [Theory, BothProviders]
    public async Task A_scheduled_publish_is_stored_and_runs_only_once_due_then_is_cleared(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var key = await CreateAsync(host, null, "shouye");
        var publishAt = Now(host).AddHours(1);

        Assert.Equal(ContentPublishingOperationStatus.Success, await ScheduleAsync(host, key, new CultureSchedule(Zh, publishAt, null)));
        Assert.Equal(publishAt, State(await GetAsync(host, key), Zh).ScheduledPublishDate);

        var early = await RunDueAsync(host);
        Assert.Equal(0, early);
        Assert.Null(host.Snapshot.ByKey(key));

        host.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var due = await RunDueAsync(host);

        Assert.Equal(1, due);
        Assert.Equal("shouye", host.Snapshot.ByKey(key)!.Cultures[Zh].Name);
        var state = State(await GetAsync(host, key), Zh);
        Assert.True(state.IsPublished);
        Assert.Null(state.ScheduledPublishDate);
    }

    [Theory, BothProviders]
    public async Task RunDueAsync_carries_out_and_clears_what_is_due_at_the_time_it_is_given(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var key = await CreateAsync(host, null, "shouye", "home");
        var publishAt = Now(host).AddHours(1);
        Assert.Equal(ContentPublishingOperationStatus.Success,
            await ScheduleAsync(host, key, new CultureSchedule(Zh, publishAt, null), new CultureSchedule(En, publishAt, publishAt.AddHours(1))));

        // The clock stays put: the run's own time decides what is due and what is spent.
        var first = await RunDueAsync(host, publishAt.AddHours(2));
        var second = await RunDueAsync(host, publishAt.AddHours(2));

        Assert.True(first > 0);
        Assert.Equal(0, second);
        Assert.Equal([Zh], host.Snapshot.ByKey(key)!.Cultures.Keys);
        var view = await GetAsync(host, key);
        Assert.All(view.Cultures, c => Assert.Null(c.ScheduledPublishDate));
        Assert.All(view.Cultures, c => Assert.Null(c.ScheduledUnpublishDate));
    }

    [Theory, BothProviders]
    public async Task A_scheduled_unpublish_takes_the_culture_down_when_due(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var key = await CreateAsync(host, null, "shouye", "home");
        await PublishOkAsync(host, key, "*");
        var unpublishAt = Now(host).AddDays(1);
        Assert.Equal(ContentPublishingOperationStatus.Success, await ScheduleAsync(host, key, new CultureSchedule(En, null, unpublishAt)));

        host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var changed = await RunDueAsync(host);

        Assert.Equal(1, changed);
        Assert.Equal([Zh], host.Snapshot.ByKey(key)!.Cultures.Keys);
        var state = State(await GetAsync(host, key), En);
        Assert.False(state.IsPublished);
        Assert.Null(state.ScheduledUnpublishDate);
    }

    [Theory, BothProviders]
    public async Task A_scheduled_publish_that_fails_is_audited_with_its_reason(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        // Only en exists, so the publish cannot satisfy the mandatory zh-Hans.
        var key = await CreateAsync(host, null, null, "home");
        Assert.Equal(ContentPublishingOperationStatus.Success, await ScheduleAsync(host, key, new CultureSchedule(En, Now(host).AddHours(1), null)));

        host.Clock.Advance(TimeSpan.FromHours(2));
        var changed = await RunDueAsync(host);

        Assert.Equal(0, changed);
        Assert.Null(host.Snapshot.ByKey(key));
        var audit = await host.WithScopeAsync<AuditLog, IReadOnlyList<AuditEntry>>(a => a.ForDocumentAsync(key, default));
        var failure = Assert.Single(audit, e => e.Action == AuditActions.ScheduledPublishFailed);
        Assert.Equal(SchedulingService.SchedulerUser, failure.UserName);
        Assert.Contains(Zh, failure.Details);
        // The spent schedule does not fire again on every run.
        Assert.Null(State(await GetAsync(host, key), En).ScheduledPublishDate);
    }

    [Theory, BothProviders]
    public async Task The_background_job_publishes_a_due_schedule(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider, s => s["Cms:ScheduledPublishing:Interval"] = "00:00:05");
        var key = await CreateAsync(host, null, "shouye");
        Assert.Equal(ContentPublishingOperationStatus.Success,
            await ScheduleAsync(host, key, new CultureSchedule(Zh, Now(host).AddMinutes(10), null)));
        var job = host.Services.GetServices<IHostedService>().OfType<ScheduledPublishingJob>().Single();

        await job.StartAsync(default);
        try
        {
            host.Clock.Advance(TimeSpan.FromMinutes(10));

            // The job's timer may start after the first advance (ExecuteAsync runs in the background), so keep
            // advancing one interval at a time until it has run; bounded in real time.
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (host.Snapshot.ByKey(key) is null && DateTime.UtcNow < deadline)
            {
                host.Clock.Advance(TimeSpan.FromSeconds(5));
                await Task.Delay(50);
            }

            Assert.NotNull(host.Snapshot.ByKey(key));
        }
        finally
        {
            await job.StopAsync(default);
        }
    }

    private static Task<ContentPublishingOperationStatus> ScheduleAsync(CmsTestHost host, Guid key, params CultureSchedule[] schedules) =>
        host.WithScopeAsync<SchedulingService, ContentPublishingOperationStatus>(s => s.ScheduleAsync(key, schedules, CmsTestHost.User, default));

    private static Task<int> RunDueAsync(CmsTestHost host, DateTime? at = null) =>
        host.WithScopeAsync<SchedulingService, int>(s => s.RunDueAsync(at ?? Now(host), default));
}
