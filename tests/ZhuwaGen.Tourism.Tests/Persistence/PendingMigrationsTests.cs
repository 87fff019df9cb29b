using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Persistence;

/// <summary>The start applies migrations only to a database that is behind, and then applies all of them.</summary>
public sealed class PendingMigrationsTests
{
    [Theory, BothProviders]
    public async Task A_database_one_migration_behind_is_brought_up_to_date(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.OpenCms();
        var all = db.Database.GetMigrations().ToList();
        await db.GetService<IMigrator>().MigrateAsync(all[^2]);
        Assert.Equal([all[^1]], await db.Database.GetPendingMigrationsAsync());

        await db.Database.MigrateIfBehindAsync(CancellationToken.None);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
    }

    [Theory, BothProviders]
    public async Task A_database_up_to_date_is_not_migrated_again(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var events = new List<EventId>();
        await using var db = database.OpenCms(data =>
        {
            lock (events)
            {
                events.Add(data.EventId);
            }
        });

        await db.Database.MigrateIfBehindAsync(CancellationToken.None);

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.DoesNotContain(RelationalEventId.MigrateUsingConnection, events);
        Assert.DoesNotContain(RelationalEventId.AcquiringMigrationLock, events);
    }
}
