using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Forms.Entries;
using ZhuwaGen.Tourism.Web.Site.Caching;
using ZhuwaGen.Tourism.Web.Site.Calendar;
using ZhuwaGen.Tourism.Web.Site.Errors;
using ZhuwaGen.Tourism.Web.Site.Forms;
using ZhuwaGen.Tourism.Web.Site.Offline;
using ZhuwaGen.Tourism.Web.Site.OpenData;
using ZhuwaGen.Tourism.Web.Site.Posters;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Search;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Site;

/// <summary>
/// The public site's one route, as Umbraco's: resolves (path, culture) to a published item and renders the view named
/// after its type with the model its builder makes. <c>?q=</c> on any page shows search results, <c>…/calendar.ics</c>
/// the page's events as iCalendar, <c>…/route.gpx</c> and <c>…/route.geojson</c> the route's stops, <c>…/poster</c> a
/// stop's printable poster, <c>/offline-pack.json</c> (per language) the offline trip pack; a page with a picked form
/// shows it (<see cref="SiteForms"/>, posted to <see cref="SiteFormController"/>); an unknown path
/// is a 404 page in the URL's language. Reads only the published snapshot (one per request), never the database.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[TypeFilter(typeof(SiteErrorFilter))]
[OutputCache(PolicyName = SitePageCachePolicy.Name)]
public sealed class SitePageController(
    PublishedContentReader reader, SiteClock clock, IOptions<MediaOptions> media, IFileVersionProvider versions, SiteForms forms) : Controller
{
    [HttpGet("{**path}", Order = int.MaxValue)]
    [HttpHead("{**path}", Order = int.MaxValue)]
    public IActionResult Render(string? path, [FromQuery(Name = "q")] string? query)
    {
        var request = SiteRequestFor(HttpContext, reader, clock, media.Value, path, out var route);
        Response.Headers.ContentLanguage = request.Culture;
        if (FileOf(route) is { } file)
        {
            var page = route[..^file.Length];
            return file.ToLowerInvariant() switch
            {
                CalendarFile => Calendar(request, page),
                RouteGeoData.GpxFile or RouteGeoData.GeoJsonFile => RouteGeoFile(request, page, file),
                OfflinePack.File when page is "" or "/" => Content(OfflinePack.Json(request, Versioned), "application/json; charset=utf-8"),
                OfflinePack.File => NotFoundPage(request),
                _ => Poster(request, page),
            };
        }

        if (query is not null)
        {
            return View(SiteViews.SearchView, SearchModel.Build(request, query, route));
        }

        if (request.Site.ByRoute(route, request.Culture) is not { } item)
        {
            return NotFoundPage(request);
        }

        var view = SiteViews.For(item.ContentTypeAlias);
        if (forms.PickedOn(item, request.Culture) is { } form)
        {
            // The form carries this visitor's antiforgery token: the page is theirs alone and never output-cached.
            SiteForms.MarkPrivate(Response);
            ViewData[SiteFormModel.ViewDataKey] = SiteFormBuilder.Build(
                request, item, form, SubmitOutcome.NoErrors, SubmitOutcome.NoErrors, SiteForms.NewIdempotencyKey());
        }

        return View(view.ViewPath, view.Build(request, item));
    }

    /// <summary>The iCalendar file of a page with events: the site and events list (all events), a stop, an event.</summary>
    public const string CalendarFile = "calendar.ics";

    private IActionResult Calendar(SiteRequest request, string route)
    {
        if (request.Site.ByRoute(route, request.Culture) is not { } item || EventCalendar.EventsOf(request, item) is not { } events)
        {
            return NotFoundPage(request);
        }

        return Content(EventCalendar.Write(request, events, Origin, request.Name(item)), EventCalendar.ContentType);
    }

    private static readonly string[] Files = [CalendarFile, RouteGeoData.GpxFile, RouteGeoData.GeoJsonFile, PosterModel.File, OfflinePack.File];

    /// <summary>The file a route ends with ("/sangjiu-baga/route.gpx"), if it names one of a page's files.</summary>
    private static string? FileOf(string route) =>
        Files.FirstOrDefault(f => route.EndsWith("/" + f, StringComparison.OrdinalIgnoreCase));

    private string Origin => $"{Request.Scheme}://{Request.Host}";

    private string Versioned(string path) => versions.AddFileVersionToPath(Request.PathBase, path);

    /// <summary>The route's stops as GPX or GeoJSON, from the route page or the home page.</summary>
    private IActionResult RouteGeoFile(SiteRequest request, string page, string file)
    {
        var item = request.Site.ByRoute(page, request.Culture);
        var route = item?.ContentTypeAlias == "route" ? item : item?.ContentTypeAlias == "site" ? request.Section("route") : null;
        if (route is null)
        {
            return NotFoundPage(request);
        }

        var stops = Route.RouteStop.Of(request, route);
        var name = request.Name(route);
        return string.Equals(file, RouteGeoData.GpxFile, StringComparison.OrdinalIgnoreCase)
            ? Content(RouteGeoData.Gpx(name, stops, Origin), RouteGeoData.GpxContentType)
            : Content(RouteGeoData.GeoJson(name, stops, Origin), RouteGeoData.GeoJsonContentType);
    }

    private IActionResult Poster(SiteRequest request, string page) =>
        request.Site.ByRoute(page, request.Culture) is { } item && PosterModel.Build(request, item, Origin) is { } poster
            ? View(PosterView, poster)
            : NotFoundPage(request);

    private ViewResult NotFoundPage(SiteRequest request)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View(SiteViews.ErrorView, ErrorModel.NotFound(request));
    }

    private const string PosterView = "~/Site/Posters/poster.cshtml";

    /// <summary>The request's published site, culture and strings; also remembers the snapshot for the output cache.</summary>
    internal static SiteRequest SiteRequestFor(
        HttpContext http, PublishedContentReader reader, SiteClock clock, MediaOptions media, string? path, out string route)
    {
        var site = reader.Current;
        SitePageCachePolicy.RememberSnapshot(http, site.Snapshot.Generation);
        var (culture, rest) = SiteCulture.Split(site.Snapshot, path);
        route = rest;
        return new SiteRequest(site, culture, new SiteText(culture), clock, media.EffectiveWidths) { Query = http.Request.Query };
    }
}
