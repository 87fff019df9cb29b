using System.Security.Claims;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Reviews;
using ZhuwaGen.Tourism.Web.Backoffice.Lists;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Review;

/// <summary>A review request on the home screen: the item's card, the culture, who asked and when, and what became of it.</summary>
public sealed record ReviewCard(ReviewView Review, ContentCard Item);

/// <summary>
/// The home screen's review lists: for editors, what waits for their decision (oldest first); for writers, their own
/// requests and what became of each.
/// </summary>
public sealed class ReviewCards(ReviewService reviews, ContentCards cards)
{
    private const int Count = 10;

    public async Task<IReadOnlyList<ReviewCard>> WaitingAsync(CancellationToken cancellationToken) =>
        await WithItemsAsync(await reviews.PendingAsync(Count, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<ReviewCard>> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        BackOfficePrincipal.KeyOf(user) is { } key
            ? await WithItemsAsync(await reviews.SubmittedByAsync(key, Count, cancellationToken), cancellationToken)
            : [];

    /// <summary>Editors decide; writers see their own requests.</summary>
    public Task<IReadOnlyList<ReviewCard>> ForHomeAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        BackofficeUser.CanPublish(user) ? WaitingAsync(cancellationToken) : MineAsync(user, cancellationToken);

    private async Task<IReadOnlyList<ReviewCard>> WithItemsAsync(IReadOnlyList<ReviewView> views, CancellationToken cancellationToken)
    {
        var items = await cards.ByKeysAsync(views.Select(v => v.DocumentKey).Distinct().ToList(), cancellationToken);
        return views.Where(v => items.ContainsKey(v.DocumentKey)).Select(v => new ReviewCard(v, items[v.DocumentKey])).ToList();
    }
}
