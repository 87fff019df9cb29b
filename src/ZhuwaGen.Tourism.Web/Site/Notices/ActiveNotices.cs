using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Site.Notices;

/// <summary>
/// The notices in force now (from their start, until they expire) and the pages they affect: a notice that names no
/// stops affects every page; one that names stops affects those stops, what lies under them (experiences) and what
/// happens there (events at them). The home, route and notices pages show every notice in force.
/// </summary>
public static class ActiveNotices
{
    public static IReadOnlyList<PublishedItem> InForce(SiteRequest request)
    {
        var now = request.Clock.Now;
        return request.Section("noticeList")?.Children(request.Culture)
            .Where(n => n.ContentTypeAlias == "notice" && IsInForce(n, request.Culture, now))
            .OrderByDescending(n => SeverityRank(n.Value<string>("severity", request.Culture)))
            .ToList() ?? [];
    }

    public static bool IsInForce(PublishedItem notice, string culture, DateTime now)
    {
        var from = notice.Value<DateTimeOffset?>("validFrom", culture);
        var until = notice.Value<DateTimeOffset?>("validUntil", culture);
        return (from is null || SiteClock.WallClock(from.Value) <= now) && (until is null || SiteClock.WallClock(until.Value) >= now);
    }

    /// <summary>The notices in force that affect <paramref name="page"/> (an item, or null for pages of no item).</summary>
    public static IReadOnlyList<NoticeView> For(SiteRequest request, PublishedItem? page, bool all)
    {
        var related = page is null ? [] : Related(request, page);
        return InForce(request)
            .Where(n => all || Affects(request, n, related))
            .Select(n => View(request, n))
            .ToList();
    }

    public static NoticeView View(SiteRequest request, PublishedItem notice, bool withBody = false)
    {
        var text = request.Text;
        var culture = request.Culture;
        var kind = notice.Value<string>("kind", culture) ?? "other";
        var until = notice.Value<DateTimeOffset?>("validUntil", culture);
        var validity = until is { } u ? text.Format("NoticeUntil", text.Date(SiteClock.WallClock(u))) : null;
        var body = withBody ? notice.Value<Cms.PropertyEditors.HtmlMarkup>("body", culture)?.Html : null;
        return new NoticeView(
            request.Name(notice), request.Url(notice), text.Named("NoticeKind", kind), notice.Value<string>("severity", culture) ?? "info",
            request.String(notice, "summary"), validity, request.LangOf(notice), body);
    }

    private static bool Affects(SiteRequest request, PublishedItem notice, HashSet<Guid> related)
    {
        var stops = notice.Value<IReadOnlyList<PublishedItem>>("affectedStops", request.Culture) ?? [];
        return stops.Count == 0 || stops.Any(s => related.Contains(s.Key));
    }

    /// <summary>The page itself, its ancestors, and the stop an event takes place at.</summary>
    private static HashSet<Guid> Related(SiteRequest request, PublishedItem page)
    {
        var keys = new HashSet<Guid> { page.Key };
        keys.UnionWith(page.Ancestors().Select(a => a.Key));
        if (page.Value<PublishedItem>("venue", request.Culture) is { } venue)
        {
            keys.Add(venue.Key);
        }

        return keys;
    }

    private static int SeverityRank(string? severity) => severity switch
    {
        "critical" => 3,
        "warning" => 2,
        "advisory" => 1,
        _ => 0,
    };
}
