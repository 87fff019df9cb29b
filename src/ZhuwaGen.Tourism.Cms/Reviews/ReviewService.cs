using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Reviews;

/// <summary>
/// Review before publishing: a writer submits an item (from the language they were editing); an editor approves it,
/// which publishes every language the draft has, as it is then, in the same transaction that records the approval —
/// so a new story written in Chinese with its English added goes live whole — or sends it back with a comment.
/// Either way the writer is told by mail and sees the outcome on their home screen. One request per item is pending
/// at a time: submitting again updates it.
/// </summary>
public sealed class ReviewService(
    CmsDbContext db, PublishingService publishing, ChangeLog changes, AuditLog audit, ReviewMail mail, TimeProvider clock)
{
    public const string SubmitAction = "SubmitForReview";
    public const string ApproveAction = "ReviewApproved";
    public const string SendBackAction = "ReviewSentBack";

    public async Task<ReviewResult> SubmitAsync(Guid documentKey, string culture, ReviewActor writer, string? note, CancellationToken cancellationToken)
    {
        note = Clean(note);
        if (note?.Length > ReviewLimits.NoteLength)
        {
            return new ReviewResult(ReviewOperationStatus.NoteTooLong);
        }

        var document = await db.Documents.AsNoTracking().Include(d => d.Cultures)
            .SingleOrDefaultAsync(d => d.Key == documentKey && !d.Trashed, cancellationToken);
        if (document is null)
        {
            return new ReviewResult(ReviewOperationStatus.NotFound);
        }

        if (!document.Cultures.Any(c => string.Equals(c.Culture, culture, StringComparison.OrdinalIgnoreCase)))
        {
            return new ReviewResult(ReviewOperationStatus.NothingToReview);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await PendingEntityAsync(documentKey, cancellationToken);
        if (pending is null)
        {
            pending = new ReviewRequestEntity
            {
                DocumentKey = documentKey,
                Culture = culture,
                State = ReviewStates.Pending,
                SubmittedByName = writer.DisplayName,
            };
            db.ReviewRequests.Add(pending);
        }

        pending.SubmittedByKey = writer.Key;
        pending.SubmittedByName = writer.DisplayName;
        pending.SubmittedAt = now;
        pending.Culture = culture;
        pending.Revision = document.Revision;
        pending.Note = note;
        audit.Add(writer.AuditName, SubmitAction, documentKey, [culture], note);
        await db.SaveChangesAsync(cancellationToken);
        return new ReviewResult(ReviewOperationStatus.Success);
    }

    /// <summary>
    /// Publishes every language of the item's draft and marks the request approved, both in one commit. <paramref name="revision"/> is the
    /// draft's revision the editor looked at: a draft changed since is not published unseen.
    /// </summary>
    public async Task<ReviewResult> ApproveAsync(int id, int revision, ReviewActor editor, string? comment, CancellationToken cancellationToken)
    {
        comment = Clean(comment);
        if (comment?.Length > ReviewLimits.NoteLength)
        {
            return new ReviewResult(ReviewOperationStatus.NoteTooLong);
        }

        var result = await changes.WriteAsync<ReviewResult>(
            async () =>
            {
                var request = await db.ReviewRequests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
                if (request is null)
                {
                    return (new ReviewResult(ReviewOperationStatus.NotFound), null);
                }

                if (request.State != ReviewStates.Pending)
                {
                    return (new ReviewResult(ReviewOperationStatus.NotPending), null);
                }

                var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Key == request.DocumentKey, cancellationToken);
                if (document is null || document.Revision != revision)
                {
                    return (new ReviewResult(document is null ? ReviewOperationStatus.NotFound : ReviewOperationStatus.ChangedSinceOpened), null);
                }

                var published = await publishing.PublishOneAsync(request.DocumentKey, [], editor.AuditName, cancellationToken);
                if (!published.Succeeded)
                {
                    // Nothing of a refused publish may ride along with a later save on this unit of work.
                    db.ChangeTracker.Clear();
                    return (new ReviewResult(ReviewOperationStatus.PublishFailed, published), null);
                }

                Decide(request, ReviewStates.Approved, editor.DisplayName, comment);
                audit.Add(editor.AuditName, ApproveAction, request.DocumentKey, [request.Culture], comment);
                return (new ReviewResult(ReviewOperationStatus.Success), new ContentChange(ContentChangeKind.Published, [request.DocumentKey]));
            },
            new ReviewResult(ReviewOperationStatus.ChangedSinceOpened),
            cancellationToken);

        if (result.Succeeded && await db.ReviewRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } decided)
        {
            await mail.EnqueueAsync(ToView(decided), cancellationToken);
        }

        return result;
    }

    public async Task<ReviewResult> SendBackAsync(int id, ReviewActor editor, string? comment, CancellationToken cancellationToken)
    {
        comment = Clean(comment);
        if (comment is null)
        {
            return new ReviewResult(ReviewOperationStatus.CommentRequired);
        }

        if (comment.Length > ReviewLimits.NoteLength)
        {
            return new ReviewResult(ReviewOperationStatus.NoteTooLong);
        }

        var request = await db.ReviewRequests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return new ReviewResult(ReviewOperationStatus.NotFound);
        }

        if (request.State != ReviewStates.Pending)
        {
            return new ReviewResult(ReviewOperationStatus.NotPending);
        }

        Decide(request, ReviewStates.SentBack, editor.DisplayName, comment);
        audit.Add(editor.AuditName, SendBackAction, request.DocumentKey, [request.Culture], comment);
        await db.SaveChangesAsync(cancellationToken);
        await mail.EnqueueAsync(ToView(request), cancellationToken);
        return new ReviewResult(ReviewOperationStatus.Success);
    }

    /// <summary>Every pending request, oldest first: the editors' "waiting for review" list.</summary>
    public async Task<IReadOnlyList<ReviewView>> PendingAsync(int take, CancellationToken cancellationToken) =>
        (await db.ReviewRequests.AsNoTracking().Where(r => r.State == ReviewStates.Pending)
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).Take(take).ToListAsync(cancellationToken))
        .Select(ToView).ToList();

    /// <summary>A writer's own requests, newest first, so they see what became of each.</summary>
    public async Task<IReadOnlyList<ReviewView>> SubmittedByAsync(Guid userKey, int take, CancellationToken cancellationToken) =>
        (await db.ReviewRequests.AsNoTracking().Where(r => r.SubmittedByKey == userKey)
            .OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id).Take(take).ToListAsync(cancellationToken))
        .Select(ToView).ToList();

    public async Task<ReviewView?> ByIdAsync(int id, CancellationToken cancellationToken) =>
        await db.ReviewRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } request ? ToView(request) : null;

    /// <summary>The latest request for one item (pending or decided), for the edit screen.</summary>
    public async Task<ReviewView?> LatestAsync(Guid documentKey, CancellationToken cancellationToken) =>
        await db.ReviewRequests.AsNoTracking().Where(r => r.DocumentKey == documentKey)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken) is { } request
            ? ToView(request)
            : null;

    private Task<ReviewRequestEntity?> PendingEntityAsync(Guid documentKey, CancellationToken cancellationToken) =>
        db.ReviewRequests.Where(r => r.DocumentKey == documentKey && r.State == ReviewStates.Pending)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);

    private void Decide(ReviewRequestEntity request, string state, string editorDisplayName, string? comment)
    {
        request.State = state;
        request.DecidedByName = editorDisplayName;
        request.DecidedAt = clock.GetUtcNow().UtcDateTime;
        request.DecisionComment = comment;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ReviewView ToView(ReviewRequestEntity r) => new(
        r.Id, r.DocumentKey, r.Culture, r.State, r.SubmittedByKey, r.SubmittedByName, r.SubmittedAt, r.Revision, r.Note, r.DecidedByName,
        r.DecidedAt, r.DecisionComment);
}
