using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>
/// Umbraco's recycle bin: trash takes a branch out of the site (unpublished), restore brings it back unpublished,
/// delete removes a trashed branch for good. Each operation is one transaction over the whole branch.
/// </summary>
public sealed class RecycleBinService(
    CmsDbContext db,
    DocumentBranches branches,
    AuditLog audit,
    ChangeLog changes)
{
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

        return await changes.WriteAsync<ContentEditingOperationStatus>(
            async () =>
            {
                var branch = await branches.BranchAsync(document, cancellationToken);
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
                return (ContentEditingOperationStatus.Success, Change(ContentChangeKind.Trashed, branch));
            },
            ContentEditingOperationStatus.ConcurrencyConflict,
            cancellationToken);
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
            (status, parent) = await branches.CheckTargetAsync(document, targetParentKey, cancellationToken);
            if (status != ContentEditingOperationStatus.Success)
            {
                return status;
            }
        }

        return await changes.WriteAsync<ContentEditingOperationStatus>(
            async () =>
            {
                var branch = await branches.BranchAsync(document, cancellationToken);
                foreach (var node in branch)
                {
                    node.Trashed = false;
                    node.Revision++;
                }

                DocumentBranches.Reparent(document, parent, branch);
                await branches.ReassignSegmentsAsync(document, cancellationToken);
                audit.Add(userName, AuditActions.Restore, key);
                return (ContentEditingOperationStatus.Success, Change(ContentChangeKind.Restored, branch));
            },
            ContentEditingOperationStatus.ConcurrencyConflict,
            cancellationToken);
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

        return await changes.WriteAsync<ContentEditingOperationStatus>(
            async () =>
            {
                var branch = await branches.BranchAsync(document, cancellationToken);
                foreach (var node in branch.OrderByDescending(b => b.Level))
                {
                    db.Documents.Remove(node);
                    await db.SaveChangesAsync(cancellationToken);
                }

                audit.Add(userName, AuditActions.Delete, key);
                return (ContentEditingOperationStatus.Success, Change(ContentChangeKind.Deleted, branch));
            },
            ContentEditingOperationStatus.ConcurrencyConflict,
            cancellationToken);
    }

    // The branch's types travel with the change: once deleted, the rows that knew them are gone.
    private static ContentChange Change(ContentChangeKind kind, List<DocumentEntity> branch) =>
        new(kind, branch.Select(b => b.Key).ToList(), branch.ToDictionary(b => b.Key, b => b.ContentTypeAlias));
}
