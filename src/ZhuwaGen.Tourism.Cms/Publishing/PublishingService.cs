using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Documents.Validation;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Publishing;

/// <summary>
/// Owns draft → published, per culture, with Umbraco's rules: mandatory cultures must be (or become) published,
/// the parent must be published, and the draft must be valid. A publish writes a new published version in one
/// transaction; the snapshot hears of it only after the commit, so a failed publish changes nothing.
/// </summary>
public sealed class PublishingService(
    CmsDbContext db,
    SchemaRegistry schemas,
    DocumentValidator validator,
    AuditLog audit,
    ChangeLog changes,
    TimeProvider clock)
{
    /// <param name="cultures">The cultures to publish; empty or "*" means every culture the draft has.</param>
    public async Task<PublishResult> PublishAsync(Guid key, IReadOnlyCollection<string> cultures, string userName, CancellationToken cancellationToken)
    {
        return await changes.WriteAsync<PublishResult>(
            async () =>
            {
                var result = await PublishOneAsync(key, cultures, userName, cancellationToken);
                return (result, result.Succeeded ? new ContentChange(ContentChangeKind.Published, [key]) : null);
            },
            new PublishResult(ContentPublishingOperationStatus.ConcurrencyViolation),
            cancellationToken);
    }

    /// <summary>
    /// Publishes an item and its descendants, parents first. Items that fail keep their state and are reported;
    /// their descendants are then not published (their path would not be published).
    /// </summary>
    public async Task<BranchPublishResult> PublishWithDescendantsAsync(
        Guid key, IReadOnlyCollection<string> cultures, bool includeUnpublishedDescendants, string userName, CancellationToken cancellationToken)
    {
        var root = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (root is null)
        {
            return new BranchPublishResult([(key, new PublishResult(ContentPublishingOperationStatus.ContentNotFound))]);
        }

        var prefix = root.Path + ",";
        var branch = await db.Documents.AsNoTracking()
            .Where(d => (d.Id == root.Id || d.Path.StartsWith(prefix)) && !d.Trashed)
            .OrderBy(d => d.Level).ThenBy(d => d.SortOrder)
            .Select(d => new { d.Key, d.Id, d.PublishedVersionId })
            .ToListAsync(cancellationToken);

        return await changes.WriteAsync<BranchPublishResult>(
            async () =>
            {
                var results = new List<(Guid, PublishResult)>();
                var published = new List<Guid>();
                foreach (var item in branch)
                {
                    if (item.Id != root.Id && item.PublishedVersionId is null && !includeUnpublishedDescendants)
                    {
                        continue;
                    }

                    var result = await PublishOneAsync(item.Key, cultures, userName, cancellationToken);
                    results.Add((item.Key, result));
                    if (result.Succeeded)
                    {
                        // Saved per item so that a child's "is my parent published?" check sees its parent.
                        await db.SaveChangesAsync(cancellationToken);
                        published.Add(item.Key);
                    }
                }

                return (new BranchPublishResult(results), published.Count > 0 ? new ContentChange(ContentChangeKind.Published, published) : null);
            },
            new BranchPublishResult([(key, new PublishResult(ContentPublishingOperationStatus.ConcurrencyViolation))]),
            cancellationToken);
    }

    /// <param name="cultures">The cultures to unpublish; empty, "*" or a mandatory culture unpublishes the whole item.</param>
    public async Task<PublishResult> UnpublishAsync(Guid key, IReadOnlyCollection<string> cultures, string userName, CancellationToken cancellationToken)
    {
        return await changes.WriteAsync<PublishResult>(
            async () =>
            {
                var result = await UnpublishOneAsync(key, cultures, userName, cancellationToken);
                return (result, result.Succeeded ? new ContentChange(ContentChangeKind.Unpublished, [key]) : null);
            },
            new PublishResult(ContentPublishingOperationStatus.ConcurrencyViolation),
            cancellationToken);
    }

    internal async Task<PublishResult> PublishOneAsync(Guid key, IReadOnlyCollection<string> cultures, string userName, CancellationToken cancellationToken)
    {
        var document = await db.Documents.Include(d => d.Cultures).SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (document is null)
        {
            return new PublishResult(ContentPublishingOperationStatus.ContentNotFound);
        }

        if (document.Trashed)
        {
            return new PublishResult(ContentPublishingOperationStatus.InTrash);
        }

        var schema = schemas.Current;
        var type = schema.FindContentType(document.ContentTypeAlias);
        if (type is null)
        {
            return new PublishResult(ContentPublishingOperationStatus.ContentNotFound);
        }

        var requested = PublishCultures.Resolve(schema, type, document, cultures, out var invalid);
        if (invalid)
        {
            return new PublishResult(ContentPublishingOperationStatus.InvalidCulture);
        }

        if (requested.Count == 0)
        {
            return new PublishResult(ContentPublishingOperationStatus.NothingToPublish);
        }

        if (type.VariesByCulture)
        {
            var missing = schema.Languages
                .Where(l => l.IsMandatory)
                .Select(l => l.IsoCode)
                .Where(m => !requested.Contains(m, StringComparer.OrdinalIgnoreCase)
                    && !document.Cultures.Any(c => c.IsPublished && string.Equals(c.Culture, m, StringComparison.OrdinalIgnoreCase)))
                .ToList();
            if (missing.Count > 0)
            {
                return new PublishResult(ContentPublishingOperationStatus.MandatoryCultureMissing, MissingCultures: missing);
            }
        }

        if (document.ParentId is { } parentId
            && !await db.Documents.AnyAsync(p => p.Id == parentId && p.PublishedVersionId != null && !p.Trashed, cancellationToken))
        {
            return new PublishResult(ContentPublishingOperationStatus.PathNotPublished);
        }

        var draft = DocumentData.FromJson(await db.DocumentVersions
            .Where(v => v.Id == document.DraftVersionId).Select(v => v.Data).SingleAsync(cancellationToken));
        var toValidate = draft.Values.Where(v => v.Culture is null || requested.Contains(v.Culture, StringComparer.OrdinalIgnoreCase)).ToList();
        var errors = validator.Validate(schema, type, draft.Names, toValidate, requested);
        if (errors.Count > 0)
        {
            return new PublishResult(ContentPublishingOperationStatus.ContentInvalid, errors);
        }

        var published = document.PublishedVersionId is { } publishedId
            ? DocumentData.FromJson(await db.DocumentVersions.Where(v => v.Id == publishedId).Select(v => v.Data).SingleAsync(cancellationToken))
            : DocumentData.Empty;
        published = published.WithInvariantFrom(draft);
        foreach (var culture in requested)
        {
            published = published.WithCultureFrom(draft, culture);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var culture in requested)
        {
            var state = document.Cultures.Single(c => string.Equals(c.Culture, culture, StringComparison.OrdinalIgnoreCase));
            state.IsPublished = true;
            state.Edited = false;
            state.PublishDate = now;
            if (state.ScheduledPublishDate <= now)
            {
                state.ScheduledPublishDate = null;
            }
        }

        await WritePublishedVersionAsync(document, published, userName, now, cancellationToken);
        audit.Add(userName, AuditActions.Publish, key, requested);
        return PublishResult.Ok;
    }

    internal async Task<PublishResult> UnpublishOneAsync(Guid key, IReadOnlyCollection<string> cultures, string userName, CancellationToken cancellationToken)
    {
        var document = await db.Documents.Include(d => d.Cultures).SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (document is null)
        {
            return new PublishResult(ContentPublishingOperationStatus.ContentNotFound);
        }

        if (document.PublishedVersionId is not { } publishedId)
        {
            return new PublishResult(ContentPublishingOperationStatus.CannotUnpublishWhenNotPublished);
        }

        var schema = schemas.Current;
        var type = schema.FindContentType(document.ContentTypeAlias);
        var requested = type is null ? [] : PublishCultures.Resolve(schema, type, document, cultures, out var invalid, publishedOnly: true);
        if (type is null || requested.Count == 0)
        {
            return new PublishResult(ContentPublishingOperationStatus.CannotUnpublishWhenNotPublished);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var whole = !type.VariesByCulture
            || cultures.Count == 0
            || cultures.Contains("*")
            || requested.Any(c => schema.FindLanguage(c)?.IsMandatory == true)
            || document.Cultures.Where(c => c.IsPublished).All(c => requested.Contains(c.Culture, StringComparer.OrdinalIgnoreCase));
        var affected = whole ? document.Cultures.Where(c => c.IsPublished).ToList()
            : document.Cultures.Where(c => requested.Contains(c.Culture, StringComparer.OrdinalIgnoreCase)).ToList();
        foreach (var state in affected)
        {
            state.IsPublished = false;
            state.Edited = true;
            if (state.ScheduledUnpublishDate <= now)
            {
                state.ScheduledUnpublishDate = null;
            }
        }

        if (whole)
        {
            document.PublishedVersionId = null;
            document.UpdateDate = now;
            document.Revision++;
        }
        else
        {
            var published = DocumentData.FromJson(await db.DocumentVersions.Where(v => v.Id == publishedId).Select(v => v.Data).SingleAsync(cancellationToken));
            foreach (var state in affected)
            {
                published = published.WithoutCulture(state.Culture);
            }

            await WritePublishedVersionAsync(document, published, userName, now, cancellationToken);
        }

        audit.Add(userName, AuditActions.Unpublish, key, affected.Select(c => c.Culture));
        return PublishResult.Ok;
    }

    private async Task WritePublishedVersionAsync(DocumentEntity document, DocumentData published, string userName, DateTime now, CancellationToken cancellationToken)
    {
        var version = DocumentService.NewVersion(document.Id, published, userName, now);
        version.IsPublishedVersion = true;
        version.PublishedCultures = string.Join(',', document.Cultures.Where(c => c.IsPublished).Select(c => c.Culture).Order(StringComparer.Ordinal));
        db.DocumentVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        document.PublishedVersionId = version.Id;
        document.UpdateDate = now;
        document.Revision++;
    }
}
