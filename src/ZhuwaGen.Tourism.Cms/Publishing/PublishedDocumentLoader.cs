using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Cms.Publishing;

/// <summary>Reads published documents (not trashed, with a published version) from the database.</summary>
public sealed class PublishedDocumentLoader(CmsDbContext db)
{
    // Below this, a patch after a publish: not worth handing to other threads.
    private const int ParallelFrom = 256;

    /// <summary>Every published document, or only those among <paramref name="keys"/>.</summary>
    public async Task<IReadOnlyList<PublishedDocument>> LoadAsync(IReadOnlyCollection<Guid>? keys, CancellationToken cancellationToken)
    {
        var query = db.Documents.AsNoTracking().Where(d => !d.Trashed && d.PublishedVersionId != null);
        if (keys is not null)
        {
            query = query.Where(d => keys.Contains(d.Key));
        }

        var rows = await query
            .Join(db.DocumentVersions, d => d.PublishedVersionId, v => v.Id, (d, v) => new
            {
                d.Id,
                d.Key,
                ParentKey = db.Documents.Where(p => p.Id == d.ParentId).Select(p => (Guid?)p.Key).FirstOrDefault(),
                d.ContentTypeAlias,
                d.SortOrder,
                d.Level,
                d.CreateDate,
                // The published version's date, not the document's: saving a draft bumps that one but changes nothing published.
                UpdateDate = v.VersionDate,
                v.Data,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var cultures = (await db.DocumentCultures.AsNoTracking()
                .Where(c => c.IsPublished && ids.Contains(c.DocumentId))
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.DocumentId);

        // Parsing the stored JSON is most of a whole load's time (the snapshot at start-up): shared out over the cores.
        var parsed = new DocumentData[rows.Count];
        if (rows.Count >= ParallelFrom)
        {
            Parallel.For(0, rows.Count, i => parsed[i] = DocumentData.FromJson(rows[i].Data));
        }
        else
        {
            for (var i = 0; i < rows.Count; i++)
            {
                parsed[i] = DocumentData.FromJson(rows[i].Data);
            }
        }

        return rows.Select((row, index) =>
        {
            var data = parsed[index];
            var published = cultures[row.Id]
                .Where(c => data.Names.ContainsKey(c.Culture))
                .ToDictionary(
                    c => c.Culture,
                    c => new PublishedCulture(data.Names[c.Culture], data.Segments.GetValueOrDefault(c.Culture) ?? c.UrlSegment, c.PublishDate),
                    StringComparer.OrdinalIgnoreCase);
            return new PublishedDocument(
                row.Key, row.ParentKey, row.ContentTypeAlias, row.SortOrder, row.Level, row.CreateDate, row.UpdateDate, published, data.Values);
        })
        .Where(d => d.Cultures.Count > 0)
        .ToList();
    }
}
