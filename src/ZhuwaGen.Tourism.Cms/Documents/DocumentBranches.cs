using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>
/// The rules and chores shared by everything that moves a branch of the tree: may this item go under that parent,
/// the branch below an item, re-rooting its paths and levels, and fresh URL segments among its new siblings.
/// </summary>
public sealed class DocumentBranches(CmsDbContext db, SchemaRegistry schemas, UrlSegmentAssigner segments)
{
    public async Task<(ContentEditingOperationStatus, DocumentEntity?)> CheckTargetAsync(
        DocumentEntity document, Guid? targetParentKey, CancellationToken cancellationToken, bool allowIntoSelf = false)
    {
        var type = schemas.Current.FindContentType(document.ContentTypeAlias);
        if (type is null)
        {
            return (ContentEditingOperationStatus.ContentTypeNotFound, null);
        }

        if (targetParentKey is not { } parentKey)
        {
            return (type.AllowAtRoot ? ContentEditingOperationStatus.Success : ContentEditingOperationStatus.NotAllowed, null);
        }

        var parent = await db.Documents.SingleOrDefaultAsync(d => d.Key == parentKey, cancellationToken);
        if (parent is null)
        {
            return (ContentEditingOperationStatus.ParentNotFound, null);
        }

        if (parent.Trashed)
        {
            return (ContentEditingOperationStatus.ParentInTrash, null);
        }

        var isSelfOrDescendant = parent.Id == document.Id || parent.Path.StartsWith(document.Path + ",", StringComparison.Ordinal);
        if (isSelfOrDescendant && !allowIntoSelf)
        {
            return (ContentEditingOperationStatus.CannotMoveToDescendant, null);
        }

        var parentType = schemas.Current.FindContentType(parent.ContentTypeAlias);
        return parentType is not null && parentType.AllowedChildren.Contains(type.Alias, StringComparer.OrdinalIgnoreCase)
            ? (ContentEditingOperationStatus.Success, parent)
            : (ContentEditingOperationStatus.NotAllowed, null);
    }

    public Task<List<DocumentEntity>> BranchAsync(DocumentEntity document, CancellationToken cancellationToken)
    {
        var prefix = document.Path + ",";
        return db.Documents.Where(d => d.Id == document.Id || d.Path.StartsWith(prefix)).ToListAsync(cancellationToken);
    }

    public static void Reparent(DocumentEntity document, DocumentEntity? parent, List<DocumentEntity> branch)
    {
        var oldPath = document.Path;
        var newPath = parent is null ? document.Id.ToString() : $"{parent.Path},{document.Id}";
        var levelDelta = (parent?.Level ?? 0) + 1 - document.Level;
        document.ParentId = parent?.Id;
        foreach (var node in branch)
        {
            node.Path = newPath + node.Path[oldPath.Length..];
            node.Level += levelDelta;
            node.Revision++;
        }
    }

    /// <summary>
    /// Gives a moved or restored item segments unique under its new parent, in its culture states and in the segment
    /// copies inside its draft and published versions: the snapshot routes published items by the published version's
    /// segments, so a "-2" written only to the culture state would leave two siblings on one route.
    /// </summary>
    public async Task ReassignSegmentsAsync(DocumentEntity document, CancellationToken cancellationToken)
    {
        var draftVersion = await db.DocumentVersions.SingleAsync(v => v.Id == document.DraftVersionId, cancellationToken);
        var draft = DocumentData.FromJson(draftVersion.Data);
        var (assigned, _) = await segments.AssignAsync(document.ParentId, document.Id, document.Key, draft, document.Cultures.Select(c => c.Culture), cancellationToken);
        foreach (var culture in document.Cultures)
        {
            culture.UrlSegment = assigned[culture.Culture];
        }

        draftVersion.Data = WithSegments(draft, assigned).ToJson();
        if (document.PublishedVersionId is { } publishedId && publishedId != draftVersion.Id)
        {
            var publishedVersion = await db.DocumentVersions.SingleAsync(v => v.Id == publishedId, cancellationToken);
            publishedVersion.Data = WithSegments(DocumentData.FromJson(publishedVersion.Data), assigned).ToJson();
        }
    }

    private static DocumentData WithSegments(DocumentData data, IReadOnlyDictionary<string, string> assigned)
    {
        var merged = new Dictionary<string, string>(data.Segments, StringComparer.OrdinalIgnoreCase);
        foreach (var (culture, segment) in assigned)
        {
            if (data.Names.ContainsKey(culture))
            {
                merged[culture] = segment;
            }
        }

        return data with { Segments = merged };
    }

    public async Task<int> NextSortOrderAsync(int? parentId, CancellationToken cancellationToken) =>
        (await db.Documents.Where(d => d.ParentId == parentId && !d.Trashed).MaxAsync(d => (int?)d.SortOrder, cancellationToken) ?? -1) + 1;

    /// <summary>
    /// Adds a new document under <paramref name="parent"/> with <paramref name="data"/> as its first draft (every named
    /// culture must have its segment in the data). The caller owns the transaction, the audit entry and the notification.
    /// </summary>
    public async Task<DocumentEntity> InsertDraftAsync(
        Guid key, string contentTypeAlias, DocumentEntity? parent, int sortOrder, DocumentData data, string userName, DateTime now, CancellationToken cancellationToken)
    {
        var document = new DocumentEntity
        {
            Key = key,
            ParentId = parent?.Id,
            ContentTypeAlias = contentTypeAlias,
            SortOrder = sortOrder,
            Level = (parent?.Level ?? 0) + 1,
            Path = string.Empty,
            CreateDate = now,
            UpdateDate = now,
            CreatedBy = userName,
            Revision = 1,
        };
        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);

        // The path holds the document's own id, which the database has only just given it.
        document.Path = parent is null ? document.Id.ToString() : $"{parent.Path},{document.Id}";
        var version = DocumentService.NewVersion(document.Id, data, userName, now);
        db.DocumentVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        document.DraftVersionId = version.Id;
        foreach (var (culture, name) in data.Names)
        {
            document.Cultures.Add(new DocumentCultureEntity { Culture = culture, Name = name, UrlSegment = data.Segments[culture], Edited = true });
        }

        await db.SaveChangesAsync(cancellationToken);
        return document;
    }
}
