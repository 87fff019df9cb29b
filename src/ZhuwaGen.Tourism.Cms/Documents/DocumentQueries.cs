using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>Read side of the content tree for editors: drafts, publish state, children, versions.</summary>
public sealed class DocumentQueries(CmsDbContext db)
{
    public async Task<DocumentView?> GetAsync(Guid key, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().Include(d => d.Cultures)
            .SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        return document is null ? null : await ToViewAsync(document, cancellationToken);
    }

    public async Task<IReadOnlyList<DocumentView>> GetChildrenAsync(Guid? parentKey, CancellationToken cancellationToken)
    {
        int? parentId = null;
        if (parentKey is { } key)
        {
            parentId = await db.Documents.Where(d => d.Key == key).Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken);
            if (parentId is null)
            {
                return [];
            }
        }

        var children = await db.Documents.AsNoTracking().Include(d => d.Cultures)
            .Where(d => d.ParentId == parentId && !d.Trashed)
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);
        var views = new List<DocumentView>(children.Count);
        foreach (var child in children)
        {
            views.Add(await ToViewAsync(child, cancellationToken));
        }

        return views;
    }

    /// <summary>
    /// A page of the children of <paramref name="parentKey"/> (the roots when null) for the tree, in two commands
    /// whatever the level's size: the parent with the level's count, then the page itself, paged in SQL and
    /// projected to what a tree item shows. Null when the parent does not exist.
    /// </summary>
    public async Task<DocumentTreeLevel?> GetTreeLevelAsync(Guid? parentKey, int skip, int take, CancellationToken cancellationToken)
    {
        int? parentId = null;
        int total;
        if (parentKey is { } key)
        {
            var parent = await db.Documents.AsNoTracking().Where(d => d.Key == key)
                .Select(d => new { d.Id, Children = db.Documents.Count(c => c.ParentId == d.Id && !c.Trashed) })
                .SingleOrDefaultAsync(cancellationToken);
            if (parent is null)
            {
                return null;
            }

            (parentId, total) = (parent.Id, parent.Children);
        }
        else
        {
            total = await db.Documents.CountAsync(d => d.ParentId == null && !d.Trashed, cancellationToken);
        }

        if (take <= 0 || skip >= total)
        {
            return new DocumentTreeLevel(total, []);
        }

        var rows = await db.Documents.AsNoTracking()
            .Where(d => d.ParentId == parentId && !d.Trashed)
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
            .Skip(skip).Take(take)
            .Select(d => new
            {
                d.Key,
                d.ContentTypeAlias,
                d.SortOrder,
                d.Trashed,
                HasChildren = db.Documents.Any(c => c.ParentId == d.Id && !c.Trashed),
                Cultures = d.Cultures.Select(c => new DocumentTreeCulture(c.Culture, c.Name, c.IsPublished, c.Edited)).ToList(),
            })
            .ToListAsync(cancellationToken);
        return new DocumentTreeLevel(
            total,
            rows.Select(r => new DocumentTreeNode(
                    r.Key, parentKey, r.ContentTypeAlias, r.SortOrder, r.Trashed, r.HasChildren,
                    [.. r.Cultures.OrderBy(c => c.Culture, StringComparer.Ordinal)]))
                .ToList());
    }

    public async Task<IReadOnlyList<DocumentVersionView>> GetVersionsAsync(Guid key, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (document is null)
        {
            return [];
        }

        var versions = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.DocumentId == document.Id)
            .OrderByDescending(v => v.Id)
            .Select(v => new { v.Id, v.VersionDate, v.CreatedBy, v.IsPublishedVersion, v.PublishedCultures })
            .ToListAsync(cancellationToken);
        return versions.Select(v => new DocumentVersionView(
                v.Id,
                v.VersionDate,
                v.CreatedBy,
                v.IsPublishedVersion,
                SplitCultures(v.PublishedCultures),
                v.Id == document.DraftVersionId,
                v.Id == document.PublishedVersionId))
            .ToList();
    }

    public async Task<DocumentData?> GetVersionDataAsync(Guid key, int versionId, CancellationToken cancellationToken)
    {
        var json = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.Id == versionId && db.Documents.Any(d => d.Id == v.DocumentId && d.Key == key))
            .Select(v => v.Data)
            .SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : DocumentData.FromJson(json);
    }

    internal static IReadOnlyList<string> SplitCultures(string? cultures) =>
        string.IsNullOrEmpty(cultures) ? [] : cultures.Split(',', StringSplitOptions.RemoveEmptyEntries);

    internal async Task<DocumentView> ToViewAsync(DocumentEntity document, CancellationToken cancellationToken)
    {
        var draftJson = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.Id == document.DraftVersionId).Select(v => v.Data).SingleAsync(cancellationToken);
        Guid? parentKey = document.ParentId is { } parentId
            ? await db.Documents.Where(d => d.Id == parentId).Select(d => d.Key).SingleAsync(cancellationToken)
            : null;
        return new DocumentView(
            document.Key,
            parentKey,
            document.ContentTypeAlias,
            document.SortOrder,
            document.Level,
            document.Trashed,
            document.CreateDate,
            document.UpdateDate,
            document.Revision,
            document.DraftVersionId,
            document.PublishedVersionId,
            DocumentData.FromJson(draftJson),
            document.Cultures.OrderBy(c => c.Culture, StringComparer.Ordinal)
                .Select(c => new DocumentCultureState(
                    c.Culture, c.Name, c.UrlSegment, c.IsPublished, c.Edited, c.PublishDate, c.ScheduledPublishDate, c.ScheduledUnpublishDate))
                .ToList());
    }
}
