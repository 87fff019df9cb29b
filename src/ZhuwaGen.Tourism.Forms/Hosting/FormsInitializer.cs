using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Hosting;

/// <summary>
/// At start-up, after the CMS's own: applies Forms' migrations (their own history table), reads the forms from
/// umbraco.config, applies them to the stored forms (<see cref="FormFileImport"/>) and puts the stored forms in force.
/// A broken &lt;Forms&gt; section stops the start with every problem named, as the CMS schema does.
/// </summary>
public sealed class FormsInitializer(
    FormsDbContext db, FormRegistry registry, FormStore store, FormFileImport import, IOptions<SchemaImportOptions> schema, CmsPaths paths)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateIfBehindAsync(cancellationToken);
        var file = paths.Resolve(schema.Value.File);
        var read = FormXmlReader.Read(file);
        if (!read.Succeeded)
        {
            throw new CmsStartupException(
                $"The <Forms> section of {file} has {read.Errors.Count} problem(s):{Environment.NewLine}"
                + string.Join(Environment.NewLine, read.Errors.Select(e => "  - " + e)));
        }

        await import.ApplyAsync(read.Schema.Forms, cancellationToken);
        registry.Replace(read.Schema with { Forms = await store.LoadAllAsync(cancellationToken) });
    }
}
