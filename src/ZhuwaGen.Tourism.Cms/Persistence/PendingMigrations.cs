using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ZhuwaGen.Tourism.Cms.Persistence;

/// <summary>Applies a context's migrations only when the database is behind the code.</summary>
public static class PendingMigrations
{
    /// <summary>
    /// EF Core's <c>MigrateAsync</c> builds the whole design-time model to check it against the migrations' snapshot
    /// before it looks at the history, a second model build (about 0.2 s on two cores) on every start of a site whose
    /// database is up to date. Reading the history table needs no model; when every migration is applied there is
    /// nothing to do. A database that is behind takes the full path: lock, the snapshot check, the migrations.
    /// </summary>
    /// <remarks>
    /// The history table is created first when it is missing (a no-op otherwise): on a new PostgreSQL database the
    /// provider learns that it is missing by reading it and catching the failure, which EF Core logs as a failed
    /// command, so a new install's first start logged four errors (two reads for each of the CMS and Forms).
    /// </remarks>
    public static async Task MigrateIfBehindAsync(this DatabaseFacade database, CancellationToken cancellationToken)
    {
        await database.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        if ((await database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await database.MigrateAsync(cancellationToken);
        }
    }
}
