using ZhuwaGen.Tourism.Web.Site.Events;
using ZhuwaGen.Tourism.Web.Site.Home;
using ZhuwaGen.Tourism.Web.Site.Notices;
using ZhuwaGen.Tourism.Web.Site.Pages;
using ZhuwaGen.Tourism.Web.Site.Planner;
using ZhuwaGen.Tourism.Web.Site.Route;
using ZhuwaGen.Tourism.Web.Site.Stays;
using ZhuwaGen.Tourism.Web.Site.Stops;
using ZhuwaGen.Tourism.Web.Site.Stories;

namespace ZhuwaGen.Tourism.Web.Site.Rendering;

/// <summary>The explicit list: document type alias → its view (named after the alias) and the builder of its model.</summary>
public static class SiteViews
{
    public const string SearchView = "~/Site/Search/search.cshtml";
    public const string ErrorView = "~/Site/Errors/error.cshtml";

    private static readonly SiteView Fallback = new("page", "~/Site/Pages/page.cshtml", ContentPageModel.Build);

    public static IReadOnlyList<SiteView> All { get; } =
    [
        new("site", "~/Site/Home/site.cshtml", HomeModel.Build),
        new("route", "~/Site/Route/route.cshtml", RouteModel.Build),
        new("routeStop", "~/Site/Stops/routeStop.cshtml", StopModel.Build),
        new("experience", "~/Site/Pages/experience.cshtml", ExperienceModel.Build),
        new("eventList", "~/Site/Events/eventList.cshtml", EventListModel.Build),
        new("event", "~/Site/Events/event.cshtml", EventModel.Build),
        new("storyList", "~/Site/Stories/storyList.cshtml", StoryListModel.Build),
        new("story", "~/Site/Stories/story.cshtml", StoryModel.Build),
        new("stayList", "~/Site/Stays/stayList.cshtml", StayListModel.Build),
        new("guesthouse", "~/Site/Stays/guesthouse.cshtml", GuesthouseModel.Build),
        new("noticeList", "~/Site/Notices/noticeList.cshtml", NoticeListModel.Build),
        new("notice", "~/Site/Notices/notice.cshtml", NoticeModel.Build),
        new("tripPlanner", "~/Site/Planner/tripPlanner.cshtml", PlannerModel.Build),
        Fallback,
    ];

    private static readonly Dictionary<string, SiteView> ByAlias = All.ToDictionary(v => v.ContentTypeAlias, StringComparer.OrdinalIgnoreCase);

    /// <summary>The view of a type; a type without one (added to umbraco.config later) renders as a plain page.</summary>
    public static SiteView For(string contentTypeAlias) => ByAlias.GetValueOrDefault(contentTypeAlias) ?? Fallback;
}
