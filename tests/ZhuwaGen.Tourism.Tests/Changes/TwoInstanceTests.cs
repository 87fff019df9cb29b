using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Webhooks;

namespace ZhuwaGen.Tourism.Tests.Changes;

/// <summary>
/// Two sites on one PostgreSQL database, each with its own change pipeline: a durable consumer's checkpoint is taken
/// with a row lock in the transaction that advances it, so the two never both apply an entry.
/// </summary>
public sealed class TwoInstanceTests
{
    [Fact]
    public async Task Two_pipelines_on_one_postgres_database_queue_each_webhook_exactly_once()
    {
        var meeting = new Rendezvous();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var first = await WebhookHost.StartAsync(database, Fast, s => meeting.Wrap(s));
        await using var second = await WebhookHost.StartAsync(database, Fast, s => meeting.Wrap(s));
        var (_, _, stops) = await first.PublishTreeAsync(stops: 3);
        await second.Services.GetRequiredService<ChangePipeline>().WaitForIdleAsync(default);
        await first.AddWebhookAsync(new WebhookInput("https://hooks.example.com/zhuwagen", [WebhookEvents.ContentPublish], []));

        foreach (var stop in stops)
        {
            var result = await first.WithScopeAsync<PublishingService, PublishResult>(s => s.PublishAsync(stop, ["en"], WebhookHost.User, default));
            Assert.True(result.Succeeded, result.Status.ToString());
        }

        await first.Services.GetRequiredService<ChangePipeline>().WaitForIdleAsync(default);
        await second.Services.GetRequiredService<ChangePipeline>().WaitForIdleAsync(default);
        var queued = await first.WithScopeAsync<CmsDbContext, List<string>>(db => db.WebhookRequests.AsNoTracking().Select(r => r.Payload).ToListAsync());

        // Each handler waits (up to 1.5 s) for the other instance to enter the same entry: without the row lock both
        // would be inside at once and queue the webhook twice.
        Assert.Equal(0, meeting.BothInside);
        Assert.True(meeting.Entered >= stops.Count);
        Assert.Equal(stops.Count, queued.Count);
        Assert.All(stops, stop => Assert.Single(queued, r => r.Contains(stop.ToString(), StringComparison.OrdinalIgnoreCase)));
    }

    private static void Fast(IDictionary<string, string?> settings) => settings["Cms:Changes:PollInterval"] = "00:00:00.050";

    /// <summary>Holds each instance's webhook consumer, on a publish entry, until the other instance is in it too or 1.5 s pass.</summary>
    private sealed class Rendezvous
    {
        private readonly Dictionary<long, (int Arrived, TaskCompletionSource Both)> _entries = [];
        private int _bothInside;
        private int _entered;

        public int BothInside => Volatile.Read(ref _bothInside);

        public int Entered => Volatile.Read(ref _entered);

        public void Wrap(IServiceCollection services)
        {
            var descriptor = services.Single(d => d.ImplementationInstance is ChangeConsumer { Name: ChangeConsumerOrder.Webhooks });
            var webhooks = (ChangeConsumer)descriptor.ImplementationInstance!;
            services.Remove(descriptor);
            services.AddChangeConsumer(webhooks with { Durable = sp => new Held(this, webhooks.Durable!(sp)) });
        }

        private async Task MeetAsync(long entry)
        {
            Task both;
            lock (_entries)
            {
                var (arrived, tcs) = _entries.GetValueOrDefault(entry, (0, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)));
                _entries[entry] = (arrived + 1, tcs);
                Interlocked.Increment(ref _entered);
                if (arrived + 1 >= 2)
                {
                    Interlocked.Increment(ref _bothInside);
                    tcs.TrySetResult();
                }

                both = tcs.Task;
            }

            await Task.WhenAny(both, Task.Delay(TimeSpan.FromSeconds(1.5)));
        }

        private sealed class Held(Rendezvous owner, IDurableChangeHandler inner) : IDurableChangeHandler
        {
            public async Task HandleAsync(ChangeLogEntry entry, IServiceProvider scope, CancellationToken cancellationToken)
            {
                if (entry.Content is { Kind: ContentChangeKind.Published, Keys.Count: 1 })
                {
                    await owner.MeetAsync(entry.Id);
                }

                await inner.HandleAsync(entry, scope, cancellationToken);
            }
        }
    }
}
