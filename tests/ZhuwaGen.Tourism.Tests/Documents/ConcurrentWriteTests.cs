using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
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

    [Theory, BothProviders]
    public async Task Every_write_path_answers_a_lost_race_at_commit_with_its_conflict_status_and_leaves_nothing(DatabaseProvider provider)
    {
        var race = new LostRaceAtCommit();
        await using var host = await CmsTestHost.StartAsync(provider, PageSchema(), services: s =>
        {
            s.ConfigureDbContext<SqliteCmsDbContext>(o => o.AddInterceptors(race));
            s.ConfigureDbContext<PostgresCmsDbContext>(o => o.AddInterceptors(race));
        });
        var root = await CreateAsync(host, null, "shouye");
        var a = await CreateAsync(host, root, "a");
        var b = await CreateAsync(host, root, "b");
        var x = await CreateAsync(host, a, "x");
        await PublishBranchAsync(host, root, includeUnpublished: true);
        var firstVersion = (await host.VersionsAsync(x)).Min(v => v.Id);
        var entries = () => host.WithScopeAsync<CmsDbContext, int>(db => db.ChangeLog.CountAsync());
        var documents = () => host.WithScopeAsync<CmsDbContext, int>(db => db.Documents.CountAsync());
        var (entriesBefore, documentsBefore, versionsBefore) = (await entries(), await documents(), (await host.VersionsAsync(x)).Count);

        race.Armed = true;
        var statuses = new Dictionary<string, string>
        {
            ["create"] = (await host.WithScopeAsync<DocumentService, DocumentResult>(s => s.CreateAsync(
                new DocumentCreate(PageType, root, new Dictionary<string, string> { [Zh] = "c" }, []), CmsTestHost.User, default))).Status.ToString(),
            ["save"] = (await host.WithScopeAsync<DocumentService, DocumentResult>(s => s.SaveDraftAsync(
                x, new DocumentEdit(new Dictionary<string, string> { [Zh] = "xin" }, []), CmsTestHost.User, default))).Status.ToString(),
            ["copy"] = (await host.WithScopeAsync<DocumentTreeService, (ContentEditingOperationStatus, Guid?)>(s => s.CopyAsync(x, b, false, CmsTestHost.User, default))).Item1.ToString(),
            ["move"] = (await host.WithScopeAsync<DocumentTreeService, ContentEditingOperationStatus>(s => s.MoveAsync(x, b, CmsTestHost.User, default))).ToString(),
            ["sort"] = (await host.WithScopeAsync<DocumentTreeService, ContentEditingOperationStatus>(s => s.SortAsync(root, [b, a], CmsTestHost.User, default))).ToString(),
            ["rollback"] = (await host.WithScopeAsync<DocumentVersionService, DocumentResult>(s => s.RollbackAsync(x, firstVersion, null, CmsTestHost.User, default))).Status.ToString(),
            ["publish"] = (await PublishAsync(host, x, Zh)).Status.ToString(),
            ["publish branch"] = (await PublishBranchAsync(host, root, includeUnpublished: true)).Items.Single().Result.Status.ToString(),
            ["unpublish"] = (await UnpublishAsync(host, x, Zh)).Status.ToString(),
            ["trash"] = (await host.WithScopeAsync<RecycleBinService, ContentEditingOperationStatus>(s => s.TrashAsync(x, CmsTestHost.User, default))).ToString(),
        };
        race.Armed = false;
        Assert.Equal(ContentEditingOperationStatus.Success, await host.WithScopeAsync<RecycleBinService, ContentEditingOperationStatus>(s => s.TrashAsync(x, CmsTestHost.User, default)));
        entriesBefore++;
        race.Armed = true;
        statuses["restore"] = (await host.WithScopeAsync<RecycleBinService, ContentEditingOperationStatus>(s => s.RestoreAsync(x, null, CmsTestHost.User, default))).ToString();
        statuses["delete"] = (await host.WithScopeAsync<RecycleBinService, ContentEditingOperationStatus>(s => s.DeleteAsync(x, CmsTestHost.User, default))).ToString();
        race.Armed = false;

        Assert.All(statuses, s => Assert.True(s.Value is "ConcurrencyConflict" or "ConcurrencyViolation", $"{s.Key}: {s.Value}"));
        Assert.Equal(entriesBefore, await entries());
        Assert.Equal(documentsBefore, await documents());
        Assert.Equal(versionsBefore, (await host.VersionsAsync(x)).Count);
        Assert.Equal([a, b], (await host.ChildrenAsync(root)).Select(c => c.Key));
    }

    /// <summary>
    /// While armed, refuses the change-log insert that every write makes just before its commit, with the error the
    /// provider raises for a lost race (SQLite busy, a PostgreSQL deadlock victim).
    /// </summary>
    private sealed class LostRaceAtCommit : DbCommandInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Armed && command.CommandText.Replace("\"", string.Empty, StringComparison.Ordinal).Contains("INSERT INTO change_log", StringComparison.Ordinal))
            {
                throw command is SqliteCommand
                    ? new SqliteException("database is locked", 5)
                    : new PostgresException("deadlock detected", "ERROR", "ERROR", PostgresErrorCodes.DeadlockDetected);
            }

            return ValueTask.FromResult(result);
        }
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
