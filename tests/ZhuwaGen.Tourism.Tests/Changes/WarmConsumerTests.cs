using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Tests.Builders;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Webhooks;

namespace ZhuwaGen.Tourism.Tests.Changes;

/// <summary>
/// A consumer built after start-up (the search index): writes meanwhile neither wait for it nor get lost to it, and
/// the pipeline is idle only once it is built and caught up.
/// </summary>
public sealed class WarmConsumerTests
{
    [Theory, BothProviders]
    public async Task A_consumer_warming_after_start_up_neither_holds_writes_nor_misses_them(DatabaseProvider provider)
    {
        var consumer = new HeldWarmConsumer();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, services: s => s.AddChangeConsumer(
            new ChangeConsumer(ChangeConsumerOrder.Search, Content: _ => consumer, Warm: (_, ct) => consumer.BuildAsync(ct))));
        var pipeline = host.Services.GetRequiredService<ChangePipeline>();
        var site = await host.CreateAsync(DocumentBuilder.Site());
        var published = await host.WithScopeAsync<PublishingService, BranchPublishResult>(
            s => s.PublishWithDescendantsAsync(site, ["*"], includeUnpublishedDescendants: true, WebhookHost.User, default));

        Assert.True(published.Succeeded);
        Assert.NotNull(host.Services.GetRequiredService<PublishedSnapshotService>().Current.ByKey(site));
        Assert.True(consumer.Building);
        Assert.Empty(consumer.Applied);
        await Assert.ThrowsAsync<TimeoutException>(() => pipeline.WaitForIdleAsync(default, TimeSpan.FromMilliseconds(300)));

        consumer.Release();
        await pipeline.Warmed.WaitAsync(TimeSpan.FromSeconds(30));
        await pipeline.WaitForIdleAsync(default);

        // Entries committed after the place it was built from are applied once it is built.
        Assert.Contains(consumer.Applied, c => c.Kind == ContentChangeKind.Published && c.Keys.Contains(site));
        Assert.Empty(pipeline.Failures);
    }

    private sealed class HeldWarmConsumer : IContentChangeHandler
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Building { get; private set; }

        public List<ContentChange> Applied { get; } = [];

        public void Release() => _release.TrySetResult();

        public async Task BuildAsync(CancellationToken cancellationToken)
        {
            Building = true;
            await _release.Task.WaitAsync(cancellationToken);
            Building = false;
        }

        public Task HandleAsync(ContentChange change, CancellationToken cancellationToken)
        {
            lock (Applied)
            {
                Applied.Add(change);
            }

            return Task.CompletedTask;
        }
    }
}
