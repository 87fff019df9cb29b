using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>
/// Owns the draft write path: create and save. Every save is validated against the document type and becomes a
/// new draft version; an invalid save writes nothing and returns every error by property and culture.
/// </summary>
public sealed class DocumentService(
    CmsDbContext db,
    SchemaRegistry schemas,
    DocumentEditMerger merger,
    UrlSegmentAssigner segments,
    DocumentBranches branches,
    DocumentQueries queries,
    AuditLog audit,
    ChangeLog changes,
    TimeProvider clock)
{
    public async Task<DocumentResult> CreateAsync(DocumentCreate create, string userName, CancellationToken cancellationToken)
    {
        var schema = schemas.Current;
        var type = schema.FindContentType(create.ContentTypeAlias);
        if (type is null || type.IsElement)
        {
            return DocumentResult.Fail(ContentEditingOperationStatus.ContentTypeNotFound);
        }

        DocumentEntity? parent = null;
        if (create.ParentKey is { } parentKey)
        {
            parent = await db.Documents.SingleOrDefaultAsync(d => d.Key == parentKey, cancellationToken);
            if (parent is null)
            {
                return DocumentResult.Fail(ContentEditingOperationStatus.ParentNotFound);
            }

            if (parent.Trashed)
            {
                return DocumentResult.Fail(ContentEditingOperationStatus.ParentInTrash);
            }

            var parentType = schema.FindContentType(parent.ContentTypeAlias);
            if (parentType is null || !parentType.AllowedChildren.Contains(type.Alias, StringComparer.OrdinalIgnoreCase))
            {
                return DocumentResult.Fail(ContentEditingOperationStatus.NotAllowed);
            }
        }
        else if (!type.AllowAtRoot)
        {
            return DocumentResult.Fail(ContentEditingOperationStatus.NotAllowed);
        }

        var key = create.Key ?? Guid.NewGuid();
        if (await db.Documents.AnyAsync(d => d.Key == key, cancellationToken))
        {
            return DocumentResult.Fail(ContentEditingOperationStatus.DuplicateKey);
        }

        var prepared = merger.Merge(schema, type, DocumentData.Empty, create.Names, create.Values);
        if (prepared.Status != ContentEditingOperationStatus.Success)
        {
            return DocumentResult.Fail(prepared.Status, prepared.Errors);
        }

        var (assigned, segmentErrors) = await segments.AssignAsync(parent?.Id, null, key, prepared.Data, prepared.Cultures, cancellationToken);
        if (segmentErrors.Count > 0)
        {
            return DocumentResult.Fail(ContentEditingOperationStatus.PropertyValidationError, segmentErrors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var data = prepared.Data with { Segments = assigned };
        var status = await changes.WriteAsync<ContentEditingOperationStatus>(
            async () =>
            {
                var siblingsMax = await db.Documents.Where(d => d.ParentId == (parent == null ? null : parent.Id))
                    .MaxAsync(d => (int?)d.SortOrder, cancellationToken);
                await branches.InsertDraftAsync(key, type.Alias, parent, (siblingsMax ?? -1) + 1, data, userName, now, cancellationToken);
                audit.Add(userName, AuditActions.New, key, prepared.Cultures);
                return (ContentEditingOperationStatus.Success, new ContentChange(ContentChangeKind.Saved, [key]));
            },
            ContentEditingOperationStatus.ConcurrencyConflict,
            cancellationToken);
        return await ResultAsync(status, key, cancellationToken);
    }

    /// <summary>
    /// Saves a new draft. Each (alias, culture) the edit names is set (null clears it); the names it gives replace
    /// those cultures' names; nothing else changes, so two translators saving different cultures never overwrite
    /// each other.
    /// </summary>
    public async Task<DocumentResult> SaveDraftAsync(Guid key, DocumentEdit edit, string userName, CancellationToken cancellationToken)
    {
        var document = await db.Documents.Include(d => d.Cultures).SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (document is null)
        {
            return DocumentResult.Fail(ContentEditingOperationStatus.NotFound);
        }

        if (document.Trashed)
        {
            return DocumentResult.Fail(ContentEditingOperationStatus.InTrash);
        }

        if (edit.ExpectedRevision is { } expected && expected != document.Revision)
        {
            return DocumentResult.Fail(ContentEditingOperationStatus.ConcurrencyConflict);
        }

        var schema = schemas.Current;
        var type = schema.FindContentType(document.ContentTypeAlias);
        if (type is null)
        {
            return DocumentResult.Fail(ContentEditingOperationStatus.ContentTypeNotFound);
        }

        var currentJson = await db.DocumentVersions.Where(v => v.Id == document.DraftVersionId).Select(v => v.Data).SingleAsync(cancellationToken);
        var prepared = merger.Merge(schema, type, DocumentData.FromJson(currentJson), edit.Names, edit.Values);
        if (prepared.Status != ContentEditingOperationStatus.Success)
        {
            return DocumentResult.Fail(prepared.Status, prepared.Errors);
        }

        var (assigned, segmentErrors) = await segments.AssignAsync(
            document.ParentId, document.Id, key, prepared.Data, prepared.Cultures, cancellationToken);
        if (segmentErrors.Count > 0)
        {
            return DocumentResult.Fail(ContentEditingOperationStatus.PropertyValidationError, segmentErrors);
        }

        var allSegments = new Dictionary<string, string>(prepared.Data.Segments, StringComparer.OrdinalIgnoreCase);
        foreach (var (culture, segment) in assigned)
        {
            allSegments[culture] = segment;
        }

        var data = prepared.Data with { Segments = allSegments };
        var now = clock.GetUtcNow().UtcDateTime;

        // One transaction: a save refused by the concurrency check must not leave its version behind.
        var status = await changes.WriteAsync<ContentEditingOperationStatus>(
            async () =>
            {
                var version = NewVersion(document.Id, data, userName, now);
                db.DocumentVersions.Add(version);
                await db.SaveChangesAsync(cancellationToken);

                document.DraftVersionId = version.Id;
                document.UpdateDate = now;
                document.Revision++;
                foreach (var culture in prepared.Cultures)
                {
                    var state = document.Cultures.FirstOrDefault(c => string.Equals(c.Culture, culture, StringComparison.OrdinalIgnoreCase));
                    if (state is null)
                    {
                        state = new DocumentCultureEntity { Culture = culture, Name = string.Empty, UrlSegment = string.Empty };
                        document.Cultures.Add(state);
                    }

                    state.Name = data.Names[culture];
                    state.UrlSegment = allSegments[culture];
                    state.Edited = true;
                }

                audit.Add(userName, AuditActions.Save, key, prepared.Cultures);
                return (ContentEditingOperationStatus.Success, new ContentChange(ContentChangeKind.Saved, [key]));
            },
            ContentEditingOperationStatus.ConcurrencyConflict,
            cancellationToken);
        return await ResultAsync(status, key, cancellationToken);
    }

    /// <summary>Validates an edit without saving it.</summary>
    public async Task<DocumentResult> ValidateAsync(Guid key, DocumentEdit edit, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (document is null)
        {
            return DocumentResult.Fail(ContentEditingOperationStatus.NotFound);
        }

        var schema = schemas.Current;
        var type = schema.FindContentType(document.ContentTypeAlias);
        if (type is null)
        {
            return DocumentResult.Fail(ContentEditingOperationStatus.ContentTypeNotFound);
        }

        var currentJson = await db.DocumentVersions.Where(v => v.Id == document.DraftVersionId).Select(v => v.Data).SingleAsync(cancellationToken);
        var prepared = merger.Merge(schema, type, DocumentData.FromJson(currentJson), edit.Names, edit.Values);
        return new DocumentResult(prepared.Status, null, prepared.Errors);
    }

    private async Task<DocumentResult> ResultAsync(ContentEditingOperationStatus status, Guid key, CancellationToken cancellationToken) =>
        status == ContentEditingOperationStatus.Success
            ? new DocumentResult(status, await queries.GetAsync(key, cancellationToken))
            : DocumentResult.Fail(status);

    internal static DocumentVersionEntity NewVersion(int documentId, DocumentData data, string userName, DateTime now) => new()
    {
        DocumentId = documentId,
        VersionDate = now,
        CreatedBy = userName,
        Data = data.ToJson(),
    };
}
