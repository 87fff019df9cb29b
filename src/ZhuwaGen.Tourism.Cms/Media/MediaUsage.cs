using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>A document that references a media item, with its names per culture (for "used by" on the photo screen).</summary>
public sealed record MediaUser(Guid Key, string ContentTypeAlias, IReadOnlyDictionary<string, string> Names);

/// <summary>
/// Which documents outside the recycle bin reference a media item in their draft or published version: a media
/// picker stores the key (<c>"mediaKey": "…"</c>), a legacy picker or a link the UDI (<c>umb://media/…</c>), and block
/// lists keep their blocks' values in the same JSON, so a text search of the stored version finds them all.
/// </summary>
public sealed class MediaUsage(CmsDbContext db)
{
    public async Task<IReadOnlyList<MediaUser>> UsersOfAsync(Guid mediaKey, CancellationToken cancellationToken)
    {
        var key = mediaKey.ToString("D");
        var udi = "umb://media/" + mediaKey.ToString("N");
        var ids = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.Data.Contains(key) || v.Data.Contains(udi))
            .Join(db.Documents.AsNoTracking().Where(d => !d.Trashed), v => v.Id, d => d.DraftVersionId, (v, d) => d.Id)
            .Union(db.DocumentVersions.AsNoTracking()
                .Where(v => v.Data.Contains(key) || v.Data.Contains(udi))
                .Join(db.Documents.AsNoTracking().Where(d => !d.Trashed), v => v.Id, d => d.PublishedVersionId, (v, d) => d.Id))
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Key, d.ContentTypeAlias, d.Id })
            .ToListAsync(cancellationToken);
        var names = await db.DocumentCultures.AsNoTracking().Where(c => ids.Contains(c.DocumentId))
            .Select(c => new { c.DocumentId, c.Culture, c.Name })
            .ToListAsync(cancellationToken);
        return documents
            .Select(d => new MediaUser(d.Key, d.ContentTypeAlias, names.Where(n => n.DocumentId == d.Id).ToDictionary(n => n.Culture, n => n.Name, StringComparer.OrdinalIgnoreCase)))
            .OrderBy(d => d.Names.Values.FirstOrDefault(), StringComparer.Ordinal)
            .ToList();
    }
}
