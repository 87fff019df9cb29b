using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Caching;
using ZhuwaGen.Tourism.Web.Site.Calendar;
using ZhuwaGen.Tourism.Web.Site.Errors;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Search;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Site;

/// <summary>
/// The public site's one route, as Umbraco's: resolves (path, culture) to a published item and renders the view named
/// after its type with the model its builder makes. <c>?q=</c> on any page shows search results, <c>…/calendar.ics</c>
/// the page's events as iCalendar; an unknown path
/// is a 404 page in the URL's language. Reads only the published snapshot (one per request), never the database.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[TypeFilter(typeof(SiteErrorFilter))]
[OutputCache(PolicyName = SitePageCachePolicy.Name)]
public sealed class SitePageController(PublishedContentReader reader, SiteClock clock, IOptions<MediaOptions> media) : Controller
{
    [HttpGet("{**path}", Order = int.MaxValue)]
    [HttpHead("{**path}", Order = int.MaxValue)]
    public IActionResult Render(string? path, [FromQuery(Name = "q")] string? query)
    {
        var request = SiteRequestFor(HttpContext, reader, clock, media.Value, path, out var route);
        Response.Headers.ContentLanguage = request.Culture;
        if (route.EndsWith("/" + CalendarFile, StringComparison.OrdinalIgnoreCase))
        {
            return Calendar(request, route[..^CalendarFile.Length]);
        }

        if (query is not null)
        {
            return View(SiteViews.SearchView, SearchModel.Build(request, query, route));
        }

        if (request.Site.ByRoute(route, request.Culture) is not { } item)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View(SiteViews.ErrorView, ErrorModel.NotFound(request));
        }

        var view = SiteViews.For(item.ContentTypeAlias);
        return View(view.ViewPath, view.Build(request, item));
    }

    /// <summary>The iCalendar file of a page with events: the site and events list (all events), a stop, an event.</summary>
    public const string CalendarFile = "calendar.ics";

    private IActionResult Calendar(SiteRequest request, string route)
    {
        if (request.Site.ByRoute(route, request.Culture) is not { } item || EventCalendar.EventsOf(request, item) is not { } events)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View(SiteViews.ErrorView, ErrorModel.NotFound(request));
        }

        var origin = $"{Request.Scheme}://{Request.Host}";
        return Content(EventCalendar.Write(request, events, origin, request.Name(item)), EventCalendar.ContentType);
    }

    /// <summary>The request's published site, culture and strings; also remembers the snapshot for the output cache.</summary>
    internal static SiteRequest SiteRequestFor(
        HttpContext http, PublishedContentReader reader, SiteClock clock, MediaOptions media, string? path, out string route)
    {
        var site = reader.Current;
        SitePageCachePolicy.RememberSnapshot(http, site.Snapshot.Generation);
        var (culture, rest) = SiteCulture.Split(site.Snapshot, path);
        route = rest;
        return new SiteRequest(site, culture, new SiteText(culture), clock, media.EffectiveWidths);
    }
}
