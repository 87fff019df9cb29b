using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Publishing.PublishingFixtures;

namespace ZhuwaGen.Tourism.Tests.Documents;

/// <summary>Two writers on one item: the loser gets a conflict status (409 at the API), never an exception, and leaves nothing behind.</summary>
public sealed class ConcurrentWriteTests
{
    [Theory, BothProviders]
    public async Task A_save_that_loses_the_race_is_a_conflict_and_leaves_no_version_behind(DatabaseProvider provider)
    {
        var race = new WriterInBetween();
        await using var host = await CmsTestHost.StartAsync(provider, PageSchema(), services: s =>
        {
            s.ConfigureDbContext<SqliteCmsDbContext>(o => o.AddInterceptors(race));
            s.ConfigureDbContext<PostgresCmsDbContext>(o => o.AddInterceptors(race));
        });
        var key = await CreateAsync(host, null, "shouye");
        var versionsBefore = (await host.VersionsAsync(key)).Count;

        // Another writer bumps the item's revision after this save has read it and before it writes the item.
        race.Arm(key);
        var result = await host.WithScopeAsync<DocumentService, DocumentResult>(
            s => s.SaveDraftAsync(key, new DocumentEdit(new Dictionary<string, string> { [Zh] = "xin" }, []), CmsTestHost.User, default));

        Assert.True(race.Fired);
        Assert.Equal(ContentEditingOperationStatus.ConcurrencyConflict, result.Status);
        Assert.Equal(versionsBefore, (await host.VersionsAsync(key)).Count);
        Assert.Equal("shouye", (await host.GetAsync(key)).Draft.Names[Zh]);
    }

    [Theory, BothProviders]
    public async Task Parallel_publishes_moves_and_sorts_of_one_branch_succeed_or_conflict_never_throw(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var root = await CreateAsync(host, null, "shouye");
        var a = await CreateAsync(host, root, "a");
        var b = await CreateAsync(host, root, "b");
        var x = await CreateAsync(host, a, "x");
        await PublishBranchAsync(host, root, includeUnpublished: true);

        var writes = new List<Task<string>>();
        for (var i = 0; i < 6; i++)
        {
            var even = i % 2 == 0;
            var target = even ? b : a;
            writes.Add(host.WithScopeAsync<PublishingService, string>(async s => (await s.PublishAsync(x, ["*"], CmsTestHost.User, default)).Status.ToString()));
            writes.Add(host.WithScopeAsync<DocumentTreeService, string>(async s => (await s.MoveAsync(x, target, CmsTestHost.User, default)).ToString()));
            writes.Add(host.WithScopeAsync<DocumentTreeService, string>(async s => (await s.SortAsync(root, even ? [a, b] : [b, a], CmsTestHost.User, default)).ToString()));
        }

        var statuses = await Task.WhenAll(writes);

        Assert.All(statuses, s => Assert.Contains(s, new[] { "Success", "ConcurrencyViolation", "ConcurrencyConflict" }));
        Assert.Contains("Success", statuses);
    }

    /// <summary>Between a save's reads and its write, updates the item's revision in the save's own transaction, as a concurrent writer's commit would.</summary>
    private sealed class WriterInBetween : SaveChangesInterceptor
    {
        private Guid? _key;

        public bool Fired { get; private set; }

        public void Arm(Guid key) => _key = key;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var db = (CmsDbContext)eventData.Context!;
            if (_key is { } key && db.ChangeTracker.Entries<DocumentEntity>().Any(e => e.Entity.Key == key && e.State == EntityState.Modified))
            {
                _key = null;
                Fired = true;
                await db.Documents.Where(d => d.Key == key).ExecuteUpdateAsync(set => set.SetProperty(d => d.Revision, d => d.Revision + 100), cancellationToken);
            }

            return result;
        }
    }
}
