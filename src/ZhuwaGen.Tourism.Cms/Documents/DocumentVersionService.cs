using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>
/// Rollback, as Umbraco does it: an older version's content (whole, or one culture of it) becomes a new draft,
/// which then needs publishing. The published version is not touched.
/// </summary>
public sealed class DocumentVersionService(
    CmsDbContext db,
    DocumentQueries queries,
    UrlSegmentAssigner segments,
    AuditLog audit,
    ChangeLog changes,
    TimeProvider clock)
{
    public async Task<DocumentResult> RollbackAsync(Guid key, int versionId, string? culture, string userName, CancellationToken cancellationToken)
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

        var target = await db.DocumentVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.Id == versionId && v.DocumentId == document.Id, cancellationToken);
        if (target is null)
        {
            return DocumentResult.Fail(ContentEditingOperationStatus.InvalidVersion);
        }

        var old = DocumentData.FromJson(target.Data);
        var current = DocumentData.FromJson(await db.DocumentVersions.Where(v => v.Id == document.DraftVersionId).Select(v => v.Data).SingleAsync(cancellationToken));
        DocumentData restored;
        if (culture is null)
        {
            // A culture added since that version keeps its current draft: its culture state (name, segment) stays,
            // and dropping only its data would leave a culture with no name that can never be published.
            restored = current.Names.Keys.Where(c => !old.Names.ContainsKey(c))
                .Aggregate(old, (data, added) => data.WithCultureFrom(current, added));
        }
        else if (old.Names.ContainsKey(culture))
        {
            restored = current.WithCultureFrom(old, culture);
        }
        else
        {
            return DocumentResult.Fail(ContentEditingOperationStatus.InvalidCulture);
        }

        // The old version's segments may have been taken by a sibling since; they are assigned again as on a save.
        var (assigned, segmentErrors) = await segments.AssignAsync(
            document.ParentId, document.Id, key, restored, culture is null ? restored.Names.Keys : [culture], cancellationToken);
        if (segmentErrors.Count > 0)
        {
            return DocumentResult.Fail(ContentEditingOperationStatus.PropertyValidationError, segmentErrors);
        }

        var allSegments = new Dictionary<string, string>(restored.Segments, StringComparer.OrdinalIgnoreCase);
        foreach (var (cultureName, segment) in assigned)
        {
            allSegments[cultureName] = segment;
        }

        restored = restored with { Segments = allSegments };
        var now = clock.GetUtcNow().UtcDateTime;
        var status = await changes.WriteAsync<ContentEditingOperationStatus>(
            async () =>
            {
                var version = DocumentService.NewVersion(document.Id, restored, userName, now);
                db.DocumentVersions.Add(version);
                await db.SaveChangesAsync(cancellationToken);
                document.DraftVersionId = version.Id;
                document.UpdateDate = now;
                document.Revision++;
                foreach (var (cultureName, name) in restored.Names)
                {
                    var state = document.Cultures.FirstOrDefault(c => string.Equals(c.Culture, cultureName, StringComparison.OrdinalIgnoreCase));
                    if (state is null)
                    {
                        state = new Persistence.Entities.DocumentCultureEntity { Culture = cultureName, Name = name, UrlSegment = string.Empty };
                        document.Cultures.Add(state);
                    }

                    state.Name = name;
                    state.UrlSegment = restored.Segments.GetValueOrDefault(cultureName) ?? state.UrlSegment;
                    state.Edited = true;
                }

                audit.Add(userName, AuditActions.RollBack, key, culture is null ? null : [culture], $"to version {versionId}");
                return (ContentEditingOperationStatus.Success, new ContentChange(ContentChangeKind.Saved, [key]));
            },
            ContentEditingOperationStatus.ConcurrencyConflict,
            cancellationToken);
        return status == ContentEditingOperationStatus.Success
            ? new DocumentResult(status, await queries.GetAsync(key, cancellationToken))
            : DocumentResult.Fail(status);
    }
}
