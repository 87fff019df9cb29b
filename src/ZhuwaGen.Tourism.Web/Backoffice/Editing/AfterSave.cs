using System.Security.Claims;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Reviews;
using ZhuwaGen.Tourism.Web.Backoffice.Review;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Editing;

/// <summary>What stopped a step after the save: a line for the editor, and the fields at fault if any.</summary>
public sealed record StepProblem(string Message, IReadOnlyList<PropertyValidationError> Errors);

/// <summary>
/// What the edit form's buttons do once the typed draft is saved: publish this language, publish it with everything
/// under it, schedule it (the bottom sheet), or submit the item for review. Each is one button of the same form, so
/// what was typed is always saved first and never lost to a second form.
/// </summary>
public sealed class AfterSave(PublishingService publishing, SchedulingService scheduling, ReviewService reviews, DocumentQueries queries)
{
    public const string Publish = "publish";
    public const string PublishBranch = "publishBranch";
    public const string Schedule = "schedule";
    public const string Submit = "submit";

    /// <summary>The steps a writer may not take (a writer never sees their buttons; a posted one is refused).</summary>
    public static bool NeedsPublishRight(string? intent) => intent is Publish or PublishBranch or Schedule;

    public static bool IsStep(string? intent) => intent is Publish or PublishBranch or Schedule or Submit;

    public async Task<StepProblem?> RunAsync(
        string intent, Guid key, ContentType type, string culture, IFormCollection form, ClaimsPrincipal user, BackofficeText text,
        CancellationToken cancellationToken)
    {
        var userName = CurrentUser.NameOf(user);
        var cultures = type.VariesByCulture ? new[] { culture } : [];
        switch (intent)
        {
            case Publish:
                var published = await publishing.PublishAsync(key, cultures, userName, cancellationToken);
                return published.Succeeded ? null : new StepProblem(EditController.PublishProblem(text, published), published.Errors ?? []);

            case PublishBranch:
                var branch = await publishing.PublishWithDescendantsAsync(
                    key, cultures, form["includeUnpublished"] == "true", userName, cancellationToken);
                return branch.Succeeded ? null : await BranchProblemAsync(branch, text, cancellationToken);

            case Schedule:
                var (publishAt, unpublishAt) = (form["publishAt"].ToString(), form["unpublishAt"].ToString());
                var (at, off) = (ShanghaiTime.ParsePicker(publishAt), ShanghaiTime.ParsePicker(unpublishAt));
                var status = (at is null && !string.IsNullOrWhiteSpace(publishAt)) || (off is null && !string.IsNullOrWhiteSpace(unpublishAt))
                    ? ContentPublishingOperationStatus.InvalidSchedule
                    : await scheduling.ScheduleAsync(key, [new CultureSchedule(culture, at, off)], userName, cancellationToken);
                return status switch
                {
                    ContentPublishingOperationStatus.Success => null,
                    ContentPublishingOperationStatus.InvalidSchedule => new StepProblem(text["ScheduleInvalid"], []),
                    ContentPublishingOperationStatus.InvalidCulture => new StepProblem(text["ScheduleNeedsName"], []),
                    _ => new StepProblem(text.Format("PublishFailed", status), []),
                };

            case Submit:
                var submitted = await reviews.SubmitAsync(key, culture, ItemReviews.ActorOf(user), form[EditController.ReviewNoteField], cancellationToken);
                return submitted.Succeeded ? null : new StepProblem(ReviewController.Problem(ReviewText.Of(text), submitted.Status), []);

            default:
                return null;
        }
    }

    /// <summary>Which items of the branch were not published, by name, and why.</summary>
    private async Task<StepProblem> BranchProblemAsync(BranchPublishResult branch, BackofficeText text, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        foreach (var (key, result) in branch.Items.Where(i => !i.Result.Succeeded))
        {
            var name = (await queries.GetAsync(key, cancellationToken))?.Draft.Names.Values.FirstOrDefault(n => n.Length > 0) ?? key.ToString();
            lines.Add($"{name}: {EditController.PublishProblem(text, result)}");
        }

        var done = branch.Items.Count(i => i.Result.Succeeded);
        return new StepProblem(text.Format("BranchPartlyPublished", done, string.Join("; ", lines)), []);
    }
}
