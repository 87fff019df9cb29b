using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Hosting;

/// <summary>
/// Brings the database up to date at start: migrations, then the umbraco.config import. Throws
/// <see cref="CmsStartupException"/> with every problem named when the schema file is broken or the import would
/// lose data.
/// </summary>
public sealed class CmsInitializer(
    CmsDbContext db,
    SchemaImporter importer,
    IOptions<SchemaImportOptions> options,
    CmsPaths paths,
    ILogger<CmsInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateIfBehindAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while a publish writes; the setting is stored in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    public Task ImportSchemaAsync(CancellationToken cancellationToken) => ImportSchemaAsync(ReadSchemaFile(), cancellationToken);

    /// <summary>
    /// Reads and validates umbraco.config, touching no database: start-up runs it beside the migrations. Throws
    /// <see cref="CmsStartupException"/> naming every problem of a broken file.
    /// </summary>
    public ContentSchema ReadSchemaFile()
    {
        var file = paths.Resolve(options.Value.File);
        var read = SchemaFileReader.Read(file);
        if (!read.Succeeded)
        {
            throw new CmsStartupException(
                $"The schema file {file} has {read.Errors.Count} problem(s):{Environment.NewLine}"
                + string.Join(Environment.NewLine, read.Errors.Select(e => "  - " + e)));
        }

        return read.Schema!;
    }

    /// <summary>Imports a schema <see cref="ReadSchemaFile"/> read; the migrations must have run.</summary>
    public async Task ImportSchemaAsync(ContentSchema schema, CancellationToken cancellationToken)
    {
        var file = paths.Resolve(options.Value.File);
        var result = await importer.ImportAsync(schema, options.Value.AllowDataLoss, cancellationToken);
        if (!result.Succeeded)
        {
            throw new CmsStartupException(
                $"The schema in {file} would lose content, so it was not imported:{Environment.NewLine}"
                + string.Join(Environment.NewLine, result.Refusals.Select(r => "  - " + r)) + Environment.NewLine
                + $"Change umbraco.config, or set {SchemaImportOptions.SectionName}:AllowDataLoss=true to accept the loss.");
        }

        if (result.Changes.Count > 0)
        {
            logger.LogInformation("Schema import applied {Count} change(s) from {File}", result.Changes.Count, file);
            foreach (var change in result.Changes)
            {
                logger.LogDebug("Schema import: {Change}", change);
            }
        }
    }
}
