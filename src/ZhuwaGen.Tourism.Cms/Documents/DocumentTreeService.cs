using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>
/// Owns the shape of the tree: move, copy, sort, trash (Umbraco's recycle bin), restore and delete. Each operation
/// is one transaction over the whole branch it touches.
/// </summary>
public sealed class DocumentTreeService(
    CmsDbContext db,
    SchemaRegistry schemas,
    UrlSegmentAssigner segments,
    AuditLog audit,
    ContentChangeNotifier notifier,
    TimeProvider clock)
{
    public async Task<ContentEditingOperationStatus> MoveAsync(Guid key, Guid? targetParentKey, string userName, CancellationToken cancellationToken)
    {
        var document = await db.Documents.Include(d => d.Cultures).SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (document is null)
        {
            return ContentEditingOperationStatus.NotFound;
        }

        // Out of the recycle bin is RestoreAsync's job; a move would leave the branch trashed under a live parent.
        if (document.Trashed)
        {
            return ContentEditingOperationStatus.InTrash;
        }

        var (status, parent) = await CheckTargetAsync(document, targetParentKey, cancellationToken);
        if (status != ContentEditingOperationStatus.Success)
        {
            return status;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var branch = await BranchAsync(document, cancellationToken);
        Reparent(document, parent, branch);
        document.SortOrder = await NextSortOrderAsync(parent?.Id, cancellationToken);
        await ReassignSegmentsAsync(document, cancellationToken);
        audit.Add(userName, AuditActions.Move, key, details: $"to {targetParentKey?.ToString() ?? "root"}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await notifier.NotifyAsync(new ContentChange(ContentChangeKind.Moved, branch.Select(b => b.Key).ToList()), cancellationToken);
        return ContentEditingOperationStatus.Success;
    }

    /// <summary>Copies an item (and optionally its descendants) as unpublished drafts with new keys.</summary>
    public async Task<(ContentEditingOperationStatus Status, Guid? Key)> CopyAsync(
        Guid key, Guid? targetParentKey, bool includeDescendants, string userName, CancellationToken cancellationToken)
    {
        var source = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (source is null)
        {
            return (ContentEditingOperationStatus.NotFound, null);
        }

        var (status, parent) = await CheckTargetAsync(source, targetParentKey, cancellationToken, allowIntoSelf: !includeDescendants);
        if (status != ContentEditingOperationStatus.Success)
        {
            return (status, null);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var copyKey = await CopyNodeAsync(source, parent, includeDescendants, userName, now, cancellationToken);
        audit.Add(userName, AuditActions.Copy, copyKey, details: $"copied from {key}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await notifier.NotifyAsync(new ContentChange(ContentChangeKind.Saved, [copyKey]), cancellationToken);
        return (ContentEditingOperationStatus.Success, copyKey);
    }

    /// <summary>Sets the order of a parent's children to <paramref name="orderedKeys"/>, which must name each child once.</summary>
    public async Task<ContentEditingOperationStatus> SortAsync(Guid? parentKey, IReadOnlyList<Guid> orderedKeys, string userName, CancellationToken cancellationToken)
    {
        int? parentId = null;
        if (parentKey is { } pk)
        {
            parentId = await db.Documents.Where(d => d.Key == pk).Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken);
            if (parentId is null)
            {
                return ContentEditingOperationStatus.ParentNotFound;
            }
        }

        var children = await db.Documents.Where(d => d.ParentId == parentId && !d.Trashed).ToListAsync(cancellationToken);
        if (orderedKeys.Count != children.Count || orderedKeys.Distinct().Count() != orderedKeys.Count
            || !orderedKeys.All(k => children.Any(c => c.Key == k)))
        {
            return ContentEditingOperationStatus.SortingInvalid;
        }

        for (var index = 0; index < orderedKeys.Count; index++)
        {
            var child = children.Single(c => c.Key == orderedKeys[index]);
            child.SortOrder = index;
            child.Revision++;
        }

        audit.Add(userName, AuditActions.Sort, parentKey);
        await db.SaveChangesAsync(cancellationToken);
        await notifier.NotifyAsync(new ContentChange(ContentChangeKind.Sorted, orderedKeys), cancellationToken);
        return ContentEditingOperationStatus.Success;
    }

    /// <summary>Moves an item and its descendants to the recycle bin; they are unpublished and leave every route.</summary>
    public async Task<ContentEditingOperationStatus> TrashAsync(Guid key, string userName, CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (document is null)
        {
            return ContentEditingOperationStatus.NotFound;
        }

        if (document.Trashed)
        {
            return ContentEditingOperationStatus.InTrash;
        }

        var branch = await BranchAsync(document, cancellationToken);
        var ids = branch.Select(b => b.Id).ToList();
        var cultures = await db.DocumentCultures.Where(c => ids.Contains(c.DocumentId)).ToListAsync(cancellationToken);
        foreach (var node in branch)
        {
            node.Trashed = true;
            node.PublishedVersionId = null;
            node.Revision++;
        }

        foreach (var culture in cultures)
        {
            culture.IsPublished = false;
            culture.ScheduledPublishDate = null;
            culture.ScheduledUnpublishDate = null;
        }

        audit.Add(userName, AuditActions.Trash, key);
        await db.SaveChangesAsync(cancellationToken);
        await notifier.NotifyAsync(new ContentChange(ContentChangeKind.Trashed, branch.Select(b => b.Key).ToList()), cancellationToken);
        return ContentEditingOperationStatus.Success;
    }

    /// <summary>Restores a trashed item (unpublished) under its old parent, or under <paramref name="targetParentKey"/>.</summary>
    public async Task<ContentEditingOperationStatus> RestoreAsync(Guid key, Guid? targetParentKey, string userName, CancellationToken cancellationToken)
    {
        var document = await db.Documents.Include(d => d.Cultures).SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (document is null)
        {
            return ContentEditingOperationStatus.NotFound;
        }

        if (!document.Trashed)
        {
            return ContentEditingOperationStatus.NotInTrash;
        }

        DocumentEntity? parent;
        if (targetParentKey is null && document.ParentId is { } oldParentId)
        {
            parent = await db.Documents.SingleAsync(d => d.Id == oldParentId, cancellationToken);
            if (parent.Trashed)
            {
                return ContentEditingOperationStatus.ParentInTrash;
            }
        }
        else
        {
            ContentEditingOperationStatus status;
            (status, parent) = await CheckTargetAsync(document, targetParentKey, cancellationToken);
            if (status != ContentEditingOperationStatus.Success)
            {
                return status;
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var branch = await BranchAsync(document, cancellationToken);
        foreach (var node in branch)
        {
            node.Trashed = false;
            node.Revision++;
        }

        Reparent(document, parent, branch);
        await ReassignSegmentsAsync(document, cancellationToken);
        audit.Add(userName, AuditActions.Restore, key);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await notifier.NotifyAsync(new ContentChange(ContentChangeKind.Restored, branch.Select(b => b.Key).ToList()), cancellationToken);
        return ContentEditingOperationStatus.Success;
    }

    /// <summary>Deletes a trashed item and its descendants for good, with their versions.</summary>
    public async Task<ContentEditingOperationStatus> DeleteAsync(Guid key, string userName, CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (document is null)
        {
            return ContentEditingOperationStatus.NotFound;
        }

        if (!document.Trashed)
        {
            return ContentEditingOperationStatus.NotInTrash;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var branch = await BranchAsync(document, cancellationToken);
        foreach (var node in branch.OrderByDescending(b => b.Level))
        {
            db.Documents.Remove(node);
            await db.SaveChangesAsync(cancellationToken);
        }

        audit.Add(userName, AuditActions.Delete, key);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await notifier.NotifyAsync(new ContentChange(ContentChangeKind.Deleted, branch.Select(b => b.Key).ToList()), cancellationToken);
        return ContentEditingOperationStatus.Success;
    }

    private async Task<(ContentEditingOperationStatus, DocumentEntity?)> CheckTargetAsync(
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

    private Task<List<DocumentEntity>> BranchAsync(DocumentEntity document, CancellationToken cancellationToken)
    {
        var prefix = document.Path + ",";
        return db.Documents.Where(d => d.Id == document.Id || d.Path.StartsWith(prefix)).ToListAsync(cancellationToken);
    }

    private static void Reparent(DocumentEntity document, DocumentEntity? parent, List<DocumentEntity> branch)
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

    private async Task ReassignSegmentsAsync(DocumentEntity document, CancellationToken cancellationToken)
    {
        var draft = DocumentData.FromJson(await db.DocumentVersions.Where(v => v.Id == document.DraftVersionId).Select(v => v.Data).SingleAsync(cancellationToken));
        var (assigned, _) = await segments.AssignAsync(document.ParentId, document.Id, document.Key, draft, document.Cultures.Select(c => c.Culture), cancellationToken);
        foreach (var culture in document.Cultures)
        {
            culture.UrlSegment = assigned[culture.Culture];
        }
    }

    private async Task<int> NextSortOrderAsync(int? parentId, CancellationToken cancellationToken) =>
        (await db.Documents.Where(d => d.ParentId == parentId && !d.Trashed).MaxAsync(d => (int?)d.SortOrder, cancellationToken) ?? -1) + 1;

    private async Task<Guid> CopyNodeAsync(
        DocumentEntity source, DocumentEntity? parent, bool includeDescendants, string userName, DateTime now, CancellationToken cancellationToken)
    {
        var draft = DocumentData.FromJson(await db.DocumentVersions.AsNoTracking().Where(v => v.Id == source.DraftVersionId).Select(v => v.Data).SingleAsync(cancellationToken));
        var copy = new DocumentEntity
        {
            Key = Guid.NewGuid(),
            ParentId = parent?.Id,
            ContentTypeAlias = source.ContentTypeAlias,
            SortOrder = await NextSortOrderAsync(parent?.Id, cancellationToken),
            Level = (parent?.Level ?? 0) + 1,
            Path = string.Empty,
            CreateDate = now,
            UpdateDate = now,
            CreatedBy = userName,
            Revision = 1,
        };
        db.Documents.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        copy.Path = parent is null ? copy.Id.ToString() : $"{parent.Path},{copy.Id}";
        var (assigned, _) = await segments.AssignAsync(copy.ParentId, copy.Id, copy.Key, draft, draft.Names.Keys, cancellationToken);
        draft = draft with { Segments = assigned };
        var version = DocumentService.NewVersion(copy.Id, draft, userName, now);
        db.DocumentVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        copy.DraftVersionId = version.Id;
        foreach (var (culture, name) in draft.Names)
        {
            copy.Cultures.Add(new DocumentCultureEntity { Culture = culture, Name = name, UrlSegment = assigned[culture], Edited = true });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (includeDescendants)
        {
            var children = await db.Documents.AsNoTracking().Where(d => d.ParentId == source.Id && !d.Trashed)
                .OrderBy(d => d.SortOrder).ToListAsync(cancellationToken);
            foreach (var child in children)
            {
                await CopyNodeAsync(child, copy, includeDescendants, userName, now, cancellationToken);
            }
        }

        return copy.Key;
    }
}
