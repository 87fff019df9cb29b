using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>
/// Owns the shape of the tree: move, copy and sort (the recycle bin is <see cref="RecycleBinService"/>). Each
/// operation is one transaction over the whole branch it touches.
/// </summary>
public sealed class DocumentTreeService(
    CmsDbContext db,
    DocumentBranches branches,
    UrlSegmentAssigner segments,
    AuditLog audit,
    ChangeLog changes,
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

        var (status, parent) = await branches.CheckTargetAsync(document, targetParentKey, cancellationToken);
        if (status != ContentEditingOperationStatus.Success)
        {
            return status;
        }

        return await changes.WriteAsync<ContentEditingOperationStatus>(
            async () =>
            {
                var branch = await branches.BranchAsync(document, cancellationToken);
                DocumentBranches.Reparent(document, parent, branch);
                document.SortOrder = await branches.NextSortOrderAsync(parent?.Id, cancellationToken);
                await branches.ReassignSegmentsAsync(document, cancellationToken);
                audit.Add(userName, AuditActions.Move, key, details: $"to {targetParentKey?.ToString() ?? "root"}");
                return (ContentEditingOperationStatus.Success, new ContentChange(ContentChangeKind.Moved, branch.Select(b => b.Key).ToList()));
            },
            ContentEditingOperationStatus.ConcurrencyConflict,
            cancellationToken);
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

        var (status, parent) = await branches.CheckTargetAsync(source, targetParentKey, cancellationToken, allowIntoSelf: !includeDescendants);
        if (status != ContentEditingOperationStatus.Success)
        {
            return (status, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await changes.WriteAsync<(ContentEditingOperationStatus, Guid?)>(
            async () =>
            {
                var copyKey = await CopyNodeAsync(source, parent, includeDescendants, userName, now, cancellationToken);
                audit.Add(userName, AuditActions.Copy, copyKey, details: $"copied from {key}");
                return ((ContentEditingOperationStatus.Success, copyKey), new ContentChange(ContentChangeKind.Saved, [copyKey]));
            },
            (ContentEditingOperationStatus.ConcurrencyConflict, null),
            cancellationToken);
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

        return await changes.WriteAsync<ContentEditingOperationStatus>(
            async () =>
            {
                var children = await db.Documents.Where(d => d.ParentId == parentId && !d.Trashed).ToListAsync(cancellationToken);
                if (orderedKeys.Count != children.Count || orderedKeys.Distinct().Count() != orderedKeys.Count
                    || !orderedKeys.All(k => children.Any(c => c.Key == k)))
                {
                    return (ContentEditingOperationStatus.SortingInvalid, null);
                }

                for (var index = 0; index < orderedKeys.Count; index++)
                {
                    var child = children.Single(c => c.Key == orderedKeys[index]);
                    child.SortOrder = index;
                    child.Revision++;
                }

                audit.Add(userName, AuditActions.Sort, parentKey);
                return (ContentEditingOperationStatus.Success, new ContentChange(ContentChangeKind.Sorted, orderedKeys));
            },
            ContentEditingOperationStatus.ConcurrencyConflict,
            cancellationToken);
    }

    private async Task<Guid> CopyNodeAsync(
        DocumentEntity source, DocumentEntity? parent, bool includeDescendants, string userName, DateTime now, CancellationToken cancellationToken)
    {
        var draft = DocumentData.FromJson(await db.DocumentVersions.AsNoTracking().Where(v => v.Id == source.DraftVersionId).Select(v => v.Data).SingleAsync(cancellationToken));
        var copyKey = Guid.NewGuid();
        var (assigned, _) = await segments.AssignAsync(parent?.Id, null, copyKey, draft, draft.Names.Keys, cancellationToken);
        var copy = await branches.InsertDraftAsync(
            copyKey, source.ContentTypeAlias, parent, await branches.NextSortOrderAsync(parent?.Id, cancellationToken), draft with { Segments = assigned }, userName, now, cancellationToken);
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
