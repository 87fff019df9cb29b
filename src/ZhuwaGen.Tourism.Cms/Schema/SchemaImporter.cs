using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>
/// Brings the database's schema to the one declared in umbraco.config. Running it again changes nothing;
/// additive changes are applied; a change that would orphan stored content (a removed type, property or
/// language that holds values, a changed editor or variation) is refused, naming the type and property,
/// unless data loss is allowed.
/// </summary>
public sealed class SchemaImporter(CmsDbContext db, SchemaStore store, SchemaRegistry registry, AuditLog audit)
{
    public async Task<SchemaImportResult> ImportAsync(ContentSchema incoming, bool allowDataLoss, CancellationToken cancellationToken)
    {
        var current = await store.LoadAsync(cancellationToken);
        var changes = SchemaDiff.Describe(current, incoming);
        if (changes.Count == 0)
        {
            registry.Replace(current);
            return new SchemaImportResult([], []);
        }

        var losses = await FindDataLossAsync(current, incoming, cancellationToken);
        if (losses.Count > 0 && !allowDataLoss)
        {
            return new SchemaImportResult(changes, losses);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RenameDocumentTypesAsync(current, incoming, cancellationToken);
        await store.ReplaceAsync(incoming, cancellationToken);
        audit.Add("system", AuditActions.SchemaImport, null, details: string.Join("; ", changes));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        registry.Replace(await store.LoadAsync(cancellationToken));
        return new SchemaImportResult(changes, []);
    }

    private async Task RenameDocumentTypesAsync(ContentSchema current, ContentSchema incoming, CancellationToken cancellationToken)
    {
        foreach (var type in current.ContentTypes)
        {
            var renamed = incoming.ContentTypes.FirstOrDefault(t => t.Key == type.Key && !string.Equals(t.Alias, type.Alias, StringComparison.Ordinal));
            if (renamed is not null)
            {
                await db.Documents.Where(d => d.ContentTypeAlias == type.Alias)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.ContentTypeAlias, renamed.Alias), cancellationToken);
            }
        }
    }

    private async Task<List<string>> FindDataLossAsync(ContentSchema current, ContentSchema incoming, CancellationToken cancellationToken)
    {
        var losses = new List<string>();
        var documentCounts = await db.Documents.GroupBy(d => d.ContentTypeAlias)
            .Select(g => new { Alias = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Alias, g => g.Count, cancellationToken);

        foreach (var language in current.Languages.Where(l => incoming.FindLanguage(l.IsoCode) is null))
        {
            var culture = language.IsoCode;
            var used = await db.DocumentCultures.CountAsync(c => c.Culture == culture, cancellationToken);
            if (used > 0)
            {
                losses.Add($"Language '{culture}' is removed, but {used} documents have content in it.");
            }
        }

        foreach (var type in current.ContentTypes.Where(t => !t.IsElement))
        {
            var next = incoming.ContentTypes.FirstOrDefault(t => t.Key == type.Key);
            var count = documentCounts.GetValueOrDefault(type.Alias);
            if (count == 0)
            {
                continue;
            }

            if (next is null)
            {
                losses.Add($"Content type '{type.Alias}' is removed, but {count} documents use it.");
                continue;
            }

            var before = current.AllProperties(type);
            var after = incoming.AllProperties(next).ToDictionary(p => p.Alias, StringComparer.OrdinalIgnoreCase);
            var holding = await AliasesWithValuesAsync(type.Alias, cancellationToken);
            foreach (var property in before.Where(p => holding.Contains(p.Alias)))
            {
                if (!after.TryGetValue(property.Alias, out var changed))
                {
                    losses.Add($"Property '{property.Alias}' of content type '{type.Alias}' is removed, but it holds values.");
                }
                else if (!string.Equals(changed.EditorAlias, property.EditorAlias, StringComparison.Ordinal))
                {
                    losses.Add($"Property '{property.Alias}' of content type '{type.Alias}' changes editor from {property.EditorAlias} to {changed.EditorAlias}, but it holds values.");
                }
                else if (changed.VariesByCulture != property.VariesByCulture)
                {
                    losses.Add($"Property '{property.Alias}' of content type '{type.Alias}' changes variation from {property.Variations} to {changed.Variations}, but it holds values.");
                }
            }
        }

        return losses;
    }

    private async Task<HashSet<string>> AliasesWithValuesAsync(string contentTypeAlias, CancellationToken cancellationToken)
    {
        var versionIds = await db.Documents.Where(d => d.ContentTypeAlias == contentTypeAlias)
            .Select(d => new { d.DraftVersionId, d.PublishedVersionId })
            .ToListAsync(cancellationToken);
        var ids = versionIds.Select(v => v.DraftVersionId)
            .Concat(versionIds.Where(v => v.PublishedVersionId != null).Select(v => v.PublishedVersionId!.Value))
            .ToList();
        var data = await db.DocumentVersions.Where(v => ids.Contains(v.Id)).Select(v => v.Data).ToListAsync(cancellationToken);
        return data.SelectMany(json => DocumentData.FromJson(json).Values)
            .Where(v => v.Value is not null && v.Value.Type != JTokenType.Null)
            .Select(v => v.Alias)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
