using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Reviews;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Review;

/// <summary>
/// An editor's decision on a writer's request: approve (publishes every language of the draft as the editor saw it,
/// in the same commit as the approval) or send back with a comment. Either way the writer gets a mail and sees the outcome.
/// A refused decision shows the decision form again with the comment kept and the reason next to it.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = BackofficeUser.ContentRoles)]
[AutoValidateAntiforgeryToken]
public sealed class ReviewController(ReviewService reviews, DocumentQueries queries) : Controller
{
    public const string CommentField = "comment";

    [HttpPost("/umbraco/content/{key:guid}/review/{id:int}/approve")]
    public Task<IActionResult> ApproveAsync(Guid key, int id, [FromForm] int revision, [FromForm(Name = CommentField)] string? comment, CancellationToken cancellationToken) =>
        DecideAsync(key, id, comment, ReviewDone.Approve, () => reviews.ApproveAsync(id, revision, ItemReviews.ActorOf(User), comment, cancellationToken), cancellationToken);

    [HttpPost("/umbraco/content/{key:guid}/review/{id:int}/send-back")]
    public Task<IActionResult> SendBackAsync(Guid key, int id, [FromForm(Name = CommentField)] string? comment, CancellationToken cancellationToken) =>
        DecideAsync(key, id, comment, ReviewDone.SendBack, () => reviews.SendBackAsync(id, ItemReviews.ActorOf(User), comment, cancellationToken), cancellationToken);

    private async Task<IActionResult> DecideAsync(
        Guid key, int id, string? comment, string done, Func<Task<ReviewResult>> decide, CancellationToken cancellationToken)
    {
        // A writer never gets these buttons; one who posts anyway is refused like the Management API's publish.
        if (!BackofficeUser.CanPublish(User))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await queries.GetAsync(key, cancellationToken) is not { Trashed: false } document
            || await reviews.ByIdAsync(id, cancellationToken) is not { } review || review.DocumentKey != key)
        {
            return NotFound();
        }

        var result = await decide();
        if (result.Succeeded)
        {
            return Redirect(BackofficeRoutes.Edit(key, review.Culture) + "&done=" + done);
        }

        var text = ShellContext.Text(HttpContext);
        var strings = ReviewText.Of(text);
        Response.StatusCode = result.Status is ReviewOperationStatus.NotPending or ReviewOperationStatus.ChangedSinceOpened
            ? StatusCodes.Status409Conflict
            : StatusCodes.Status400BadRequest;
        Response.Headers.CacheControl = "no-store";
        var fresh = await reviews.ByIdAsync(id, cancellationToken) ?? review;
        var commentProblem = result.Status is ReviewOperationStatus.CommentRequired or ReviewOperationStatus.NoteTooLong;
        return View("~/Backoffice/Review/Decide.cshtml", new DecidePage
        {
            Text = text,
            Title = strings["ReviewPanelTitle"],
            Tabs = Section.For(User),
            DocumentTitle = document.Draft.Names.GetValueOrDefault(review.Culture) ?? document.Draft.Names.Values.FirstOrDefault() ?? key.ToString(),
            Panel = new ReviewPanel(key, fresh, document.Revision, CanDecide: true)
            {
                Comment = comment,
                CommentError = commentProblem ? Problem(strings, result.Status) : null,
            },
            Problem = commentProblem ? null
                : result.Status == ReviewOperationStatus.PublishFailed && result.Publish is { } publish
                    ? Editing.EditController.PublishProblem(text, publish)
                    : Problem(strings, result.Status),
        });
    }

    /// <summary>What to tell the editor or writer when a review step is refused.</summary>
    internal static string Problem(ReviewText text, ReviewOperationStatus status) => status switch
    {
        ReviewOperationStatus.CommentRequired => text["CommentRequired"],
        ReviewOperationStatus.NoteTooLong => text["NoteTooLong"],
        ReviewOperationStatus.ChangedSinceOpened => text["ChangedSinceOpened"],
        ReviewOperationStatus.NotPending => text["NotPending"],
        ReviewOperationStatus.NothingToReview => text["NothingToReview"],
        _ => text.Shell.Format("SaveFailed", status),
    };
}

/// <summary>The decision form again, after a refused decision.</summary>
public sealed class DecidePage : ShellPage
{
    public required string DocumentTitle { get; init; }

    public required ReviewPanel Panel { get; init; }

    public string? Problem { get; init; }
}
