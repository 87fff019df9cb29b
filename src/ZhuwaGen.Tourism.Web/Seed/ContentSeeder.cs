using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Web.Seed;

/// <summary>
/// Gives a new database the Sangjiu–Baga route (seed-content.json) and publishes it. Runs once: a finished seed is
/// recorded in the audit trail and never repeated, so content an editor removed does not come back; an interrupted
/// seed resumes, skipping the items it already made.
/// </summary>
internal sealed class ContentSeeder(
    CmsDbContext db,
    DocumentService documents,
    PublishingService publishing,
    AuditLog audit,
    ILogger<ContentSeeder> logger)
{
    public const string SeedUser = "seed";
    private const string SeedAction = "Seed";

    /// <summary>
    /// Seeds the route once. The seed's items pick booking forms, so it waits for <paramref name="formsInForce"/>
    /// before creating them; a database seeded before does not wait.
    /// </summary>
    public async Task<bool> SeedAsync(Task formsInForce, CancellationToken cancellationToken)
    {
        if (await db.AuditEntries.AnyAsync(a => a.Action == SeedAction, cancellationToken))
        {
            return false;
        }

        await formsInForce;

        var root = Load();
        await CreateAsync(root, null, cancellationToken);
        var result = await publishing.PublishWithDescendantsAsync(root.Key, ["*"], includeUnpublishedDescendants: true, SeedUser, cancellationToken);
        foreach (var (key, failure) in result.Items.Where(i => !i.Result.Succeeded))
        {
            logger.LogWarning("Seed item {Key} was not published: {Status}", key, failure.Status);
        }

        audit.Add(SeedUser, SeedAction, root.Key, details: "seed-content.json");
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the Sangjiu–Baga route ({Count} items published)", result.Items.Count(i => i.Result.Succeeded));
        return true;
    }

    private static SeedNode Load()
    {
        using var stream = typeof(ContentSeeder).Assembly.GetManifestResourceStream("ZhuwaGen.Tourism.Web.Seed.seed-content.json")
            ?? throw new InvalidOperationException("seed-content.json is not embedded in the web assembly.");
        using var reader = new StreamReader(stream);
        var settings = new JsonSerializerSettings { DateParseHandling = DateParseHandling.None };
        return JsonConvert.DeserializeObject<SeedNode>(reader.ReadToEnd(), settings)
            ?? throw new InvalidOperationException("seed-content.json is empty.");
    }

    private async Task CreateAsync(SeedNode node, Guid? parentKey, CancellationToken cancellationToken)
    {
        if (!await db.Documents.AnyAsync(d => d.Key == node.Key, cancellationToken))
        {
            var values = (node.Invariant ?? [])
                .Select(v => new PropertyValue(v.Key, null, v.Value))
                .Concat((node.Variant ?? []).SelectMany(c => c.Value.Select(v => new PropertyValue(v.Key, c.Key, v.Value))))
                .ToList();
            var result = await documents.CreateAsync(new DocumentCreate(node.Type, parentKey, node.Names, values, node.Key), SeedUser, cancellationToken);
            if (!result.Succeeded)
            {
                var errors = string.Join("; ", result.Errors?.Select(e => $"{e.Alias} ({e.Culture}): {e.Message}") ?? []);
                throw new InvalidOperationException($"Seed item {node.Key} ({node.Type}) could not be created: {result.Status} {errors}");
            }
        }

        foreach (var child in node.Children ?? [])
        {
            await CreateAsync(child, node.Key, cancellationToken);
        }
    }
}
