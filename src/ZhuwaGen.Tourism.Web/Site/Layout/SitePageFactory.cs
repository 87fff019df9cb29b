using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Notices;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Sharing;

namespace ZhuwaGen.Tourism.Web.Site.Layout;

/// <summary>Builds the layout's <see cref="SitePage"/> for an item, or for a page of no item (search, 404, error).</summary>
public static class SitePageFactory
{
    /// <summary>Sections of the site in the main navigation, in this order, when the root has them.</summary>
    private static readonly string[] Sections = ["route", "eventList", "storyList", "stayList", "noticeList"];

    /// <summary>Types whose pages show every notice in force, not only those affecting them.</summary>
    private static readonly string[] OverviewTypes = ["site", "route", "noticeList", "tripPlanner"];

    public static SitePage For(SiteRequest request, PublishedItem item, string? query = null)
    {
        var title = request.String(item, "metaTitle") ?? request.Name(item);
        // The root is the home page, already the first crumb.
        var ancestors = item.Ancestors().Reverse().Where(a => a.Level > 1 && request.Url(a) is not null);
        var share = ShareTags.For(request, item);
        return Base(request, title, query) with
        {
            Share = share,
            StructuredData = StructuredData.For(request, item, share.ImagePath),
            Description = request.String(item, "metaDescription") ?? request.String(item, "summary"),
            Languages = Alternates(request, item),
            Breadcrumbs = item.Level <= 1 ? [] : [.. ancestors.Select(a => new SiteLink(request.Name(a), request.Url(a)!, request.LangOf(a)))],
            Notices = ActiveNotices.For(request, item, all: OverviewTypes.Contains(item.ContentTypeAlias)),
            ContentLang = request.LangOf(item),
            Url = request.Url(item),
        };
    }

    /// <summary>A page of no item: the language switcher leads to the same path in each language.</summary>
    public static SitePage ForPath(SiteRequest request, string title, string route, string? query = null) => Base(request, title, query) with
    {
        Languages = request.Site.Snapshot.Languages
            .Select(l => new LanguageLink(l.IsoCode, l.CultureName, SiteCulture.Url(request.Site.Snapshot, l.IsoCode, route) + QueryString(query), Same(l.IsoCode, request.Culture)))
            .ToList(),
        Notices = ActiveNotices.For(request, null, all: false),
    };

    private static SitePage Base(SiteRequest request, string title, string? query)
    {
        var root = request.Root;
        var siteName = root is null ? "竹瓦根镇" : request.String(root, "siteName") ?? request.Name(root);
        return new SitePage
        {
            Text = request.Text,
            Culture = request.Culture,
            Title = title,
            SiteName = siteName,
            SiteNameLang = root is null ? null : request.LangOf(root),
            HomeUrl = request.HomeUrl,
            Navigation = Navigation(request),
            Query = query,
            Phone = root is null ? null : request.String(root, "contactPhone"),
        };
    }

    private static List<SiteLink> Navigation(SiteRequest request) =>
        request.Root?.Children(request.Culture)
            .Where(c => Sections.Contains(c.ContentTypeAlias))
            .OrderBy(c => Array.IndexOf(Sections, c.ContentTypeAlias))
            .Select(c => new SiteLink(request.Name(c), request.Url(c)!, request.LangOf(c)))
            .ToList() ?? [];

    private static List<LanguageLink> Alternates(SiteRequest request, PublishedItem item)
    {
        var snapshot = request.Site.Snapshot;
        return snapshot.Languages
            .Select(l => (Language: l, Route: item.Url(l.IsoCode)))
            .Where(x => x.Route is not null)
            .Select(x => new LanguageLink(x.Language.IsoCode, x.Language.CultureName, SiteCulture.Url(snapshot, x.Language.IsoCode, x.Route!), Same(x.Language.IsoCode, request.Culture)))
            .ToList();
    }

    private static string QueryString(string? query) => string.IsNullOrEmpty(query) ? string.Empty : "?q=" + Uri.EscapeDataString(query);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
