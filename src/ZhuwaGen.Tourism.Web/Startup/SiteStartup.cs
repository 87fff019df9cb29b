using System.Diagnostics;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Persistence.Faults;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Web.Install;
using ZhuwaGen.Tourism.Web.Seed;

namespace ZhuwaGen.Tourism.Web.Startup;

/// <summary>
/// Prepares the site: migrations, schema import, Forms' migrations and forms, the Data Protection key ring, seed, the
/// change pipeline (which builds the published snapshot, media map, stored Delivery JSON and search index, then
/// follows the change log), the first administrator. Any failure stops the start with a message saying what to fix.
/// <c>Program</c> begins it as soon as the host is built and the database probe has passed, so the preparation
/// (mostly one core and the database) runs beside building the endpoints on the other core; the server starts
/// listening beside it too, and requests wait at <see cref="ReadinessGate"/> until it is done. The host's start
/// completes (or fails) with it: its <see cref="StartedAsync"/> awaits it, after every hosted service and the server
/// have started.
/// </summary>
internal sealed class SiteStartup(
    IServiceScopeFactory scopes,
    PublishedSnapshotService snapshot,
    ChangePipeline changes,
    FirstAdministrator firstAdministrator,
    Readiness readiness,
    IHostApplicationLifetime lifetime,
    ILogger<SiteStartup> logger) : IHostedLifecycleService
{
    private Task? _preparation;

    /// <summary>Begins the preparation once <paramref name="databaseProbe"/> has passed; a stop request cancels it.</summary>
    public void BeginAfter(Task databaseProbe) =>
        _preparation = Task.Run(async () =>
        {
            try
            {
                await databaseProbe;
                await PrepareOrExplainAsync(lifetime.ApplicationStopping);
            }
            catch
            {
                readiness.MarkFailed();
                throw;
            }
        });

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) =>
        (_preparation ?? throw new InvalidOperationException("Program begins the site's preparation before the host starts."))
            .WaitAsync(cancellationToken);

    private async Task PrepareOrExplainAsync(CancellationToken cancellationToken)
    {
        try
        {
            await PrepareAsync(cancellationToken);
        }
        catch (Exception exception) when (StorageFaultClassifier.Classify(exception) is var fault and not StorageFault.None)
        {
            // The probe before start-up found the database usable; it failed on the way (the disk filled, the server went).
            throw new CmsStartupException($"the database failed while preparing the site ({fault}: {exception.GetBaseException().Message}).");
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var initializer = scope.ServiceProvider.GetRequiredService<CmsInitializer>();

            // Reading the file is CPU work and the migrations mostly wait on the database: on two cores they overlap.
            var schemaFile = Task.Run(initializer.ReadSchemaFile, cancellationToken);
            try
            {
                await initializer.MigrateAsync(cancellationToken);
            }
            finally
            {
                // A failed migration is the error to report; the read is still awaited so it never runs unobserved.
                await ((Task)schemaFile).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            logger.LogDebug("Migrations checked at {Elapsed} ms", clock.ElapsedMilliseconds);

            // Forms' migrations and forms come after the CMS's migrations (on SQLite both take one migration lock) and
            // run beside the schema import and the snapshot on the other core; only seeding a new database waits for them.
            var forms = Task.Run(() => InitializeFormsAsync(clock, cancellationToken), cancellationToken);
            // The Data Protection keys live in the database just migrated (DataProtectionAtStart).
            var keyRing = Task.Run(() => DataProtectionAtStart.LoadKeyRing(scope.ServiceProvider), cancellationToken);
            try
            {
                await initializer.ImportSchemaAsync(await schemaFile, cancellationToken);
                logger.LogDebug("Schema imported at {Elapsed} ms", clock.ElapsedMilliseconds);
                await scope.ServiceProvider.GetRequiredService<ContentSeeder>().SeedAsync(forms, cancellationToken);
                logger.LogDebug("Seed checked at {Elapsed} ms", clock.ElapsedMilliseconds);
                await changes.StartAsync(cancellationToken);
            }
            finally
            {
                // The first failure is the one to report; the others are still awaited so they never run unobserved.
                await Task.WhenAll(forms, keyRing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            await forms;
            await keyRing;
        }

        await firstAdministrator.EnsureAsync(cancellationToken);
        readiness.MarkReady();
        logger.LogInformation(
            "Ready in {Elapsed} ms: {Count} published items in the snapshot", clock.ElapsedMilliseconds, snapshot.Current.Count);
    }

    private async Task InitializeFormsAsync(Stopwatch clock, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FormsInitializer>().InitializeAsync(cancellationToken);
        logger.LogDebug("Forms migrated and read at {Elapsed} ms", clock.ElapsedMilliseconds);
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => changes.StopAsync();

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
