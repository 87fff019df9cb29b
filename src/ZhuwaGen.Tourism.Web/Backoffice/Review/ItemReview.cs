using System.Security.Claims;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Previews;
using ZhuwaGen.Tourism.Cms.Reviews;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Review;

/// <summary>What the edit screen shows of review and preview for one item.</summary>
public sealed record ItemReview(
    ReviewView? Latest,
    bool CanDecide,
    bool CanSubmit,
    IReadOnlyList<SharedPreviewLink> Links,
    int LinkLifetimeDays)
{
    public static ItemReview None { get; } = new(null, false, false, [], 0);
}

/// <summary>A preview link as the editor copies it: the whole address and when it stops opening (Asia/Shanghai).</summary>
public sealed record SharedPreviewLink(Guid Key, string Url, string Culture, DateTime ExpiresAt);

/// <summary>Loads <see cref="ItemReview"/> for the edit screen.</summary>
public sealed class ItemReviews(ReviewService reviews, PreviewLinks links, IOptions<PreviewOptions> preview, IOptions<WebRoutingOptions> site)
{
    public async Task<ItemReview> ForAsync(Guid key, string culture, ClaimsPrincipal user, HttpRequest request, CancellationToken cancellationToken)
    {
        var latest = await reviews.LatestAsync(key, cancellationToken);
        var shared = await links.ActiveAsync(key, cancellationToken);
        var origin = OriginOf(request);
        return new ItemReview(
            latest,
            CanDecide: BackofficeUser.CanPublish(user),
            CanSubmit: !BackofficeUser.CanPublish(user),
            shared.Select(l => new SharedPreviewLink(l.Key, origin + SharedPreviewPath(links.TokenFor(l.Key)), l.Culture, ShanghaiTime.FromUtc(l.ExpiresAt))).ToList(),
            (int)Math.Ceiling(preview.Value.LinkLifetime.TotalDays));
    }

    public const string SharedPreviewPrefix = "/preview/";

    /// <summary>The signed-in person as a review records them: their email in the audit trail, their name on screen.</summary>
    public static ReviewActor ActorOf(ClaimsPrincipal user) =>
        new(BackOfficePrincipal.KeyOf(user) ?? Guid.Empty, CurrentUser.NameOf(user), user.Identity?.Name ?? CurrentUser.NameOf(user));

    public static string SharedPreviewPath(string token) => SharedPreviewPrefix + Uri.EscapeDataString(token);

    /// <summary>
    /// The configured public address when there is one; else the address this editor reached the back-office by. The
    /// link is only shown to the signed-in editor, so a forged Host would only mislead the one who forged it.
    /// </summary>
    private string OriginOf(HttpRequest request) =>
        site.Value.PublicAddress ?? $"{request.Scheme}://{request.Host}";
}

/// <summary>The review box on the edit screen and on the decision page: who asked, their note, and for editors the decision form.</summary>
public sealed record ReviewPanel(Guid DocumentKey, ReviewView Review, int Revision, bool CanDecide)
{
    public string? Comment { get; init; }

    public string? CommentError { get; init; }
}
