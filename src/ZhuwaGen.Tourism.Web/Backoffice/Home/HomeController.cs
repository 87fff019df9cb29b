using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Web.Backoffice.Lists;
using ZhuwaGen.Tourism.Web.Backoffice.Review;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Home;

/// <summary>
/// The first screen after sign-in: for editors what waits for review, for writers what became of their requests;
/// then the items changed last and the route's stops, so the routine edit (open a stop, fix a field, publish)
/// starts with one tap on a card.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie)]
public sealed class HomeController(ContentCards cards, ReviewCards reviews) : Controller
{
    private const int RecentCount = 6;

    [KeepOffline]
    [HttpGet(BackofficeRoutes.Home)]
    public async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var text = ShellContext.Text(HttpContext);
        Response.Headers.CacheControl = "no-store";
        if (!BackofficeUser.CanEditContent(User))
        {
            // A guesthouse owner's first screen is the bookings inbox.
            if (BackofficeUser.CanManageBookings(User))
            {
                return Redirect(BackofficeRoutes.Bookings);
            }

            return View("~/Backoffice/Shell/Message.cshtml", new MessagePage { Text = text, Title = text["HomeTitle"], Message = text["NothingForRoleYet"] });
        }

        var types = Section.Content.Select(s => s.ContentTypeAlias!).ToList();
        return View("~/Backoffice/Home/Home.cshtml", new HomePage
        {
            Text = text,
            Title = text["HomeTitle"],
            Tabs = Section.For(User),
            Reviews = await reviews.ForHomeAsync(User, cancellationToken),
            ReviewsAreMine = !BackofficeUser.CanPublish(User),
            Recent = await cards.RecentAsync(types, RecentCount, cancellationToken),
            Stops = await cards.OfTypeAsync(Section.Stops.ContentTypeAlias!, null, cancellationToken),
        });
    }
}

public sealed class HomePage : ShellPage
{
    /// <summary>For editors, the requests waiting for a decision; for writers, their own requests.</summary>
    public IReadOnlyList<ReviewCard> Reviews { get; init; } = [];

    public bool ReviewsAreMine { get; init; }

    public required IReadOnlyList<ContentCard> Recent { get; init; }

    public required IReadOnlyList<ContentCard> Stops { get; init; }
}
