using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Notices;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Offline;

/// <summary>
/// The offline trip pack of one language, as <c>…/offline-pack.json</c>: the pages a visitor keeps with one tap — home,
/// the route and each stop with its experiences, the notices in force, the stays, the events, the planner —
/// plus the offline page and the files every page needs. Its <c>version</c> is a hash of what the pages are made of
/// (each item's key and update time, the notices in force, the stylesheet's and script's content hashes), so any publish, or a notice expiring,
/// gives a new version and the browser replaces the pack on its next visit with a signal; a restart does not.
/// </summary>
public static class OfflinePack
{
    public const string File = "offline-pack.json";
    public const string ServiceWorkerPath = "/sw.js";
    public const string OfflinePage = "/offline.html";

    /// <summary>Raised when the worker or the page script changes, so browsers take the new worker and a new pack.</summary>
    public const string AssetsVersion = "1";

    // The offline page links the plain paths; pages link the stylesheet and script with their version (?v=).
    private static readonly string[] Assets = ["/css/site.css", "/favicon.svg", "/js/offline.js", "/js/offline-page.js", "/manifest.webmanifest", OfflinePage];
    private static readonly string[] VersionedAssets = ["/css/site.css", "/js/offline.js"];

    private static readonly string[] Sections = ["route", "noticeList", "stayList", "eventList", "tripPlanner"];

    /// <param name="versioned">The path a page links a file by (with its <c>?v=</c> content hash).</param>
    public static string Json(SiteRequest request, Func<string, string> versioned)
    {
        var items = Items(request).DistinctBy(i => i.Key).ToList();
        var pages = items.Select(request.Url).OfType<string>().Prepend(request.HomeUrl).Distinct().ToList();
        var assets = Assets.Concat(VersionedAssets.Select(versioned)).Distinct().ToList();
        var version = Version(request.Culture, items, assets);
        return JsonSerializer.Serialize(new { version, culture = request.Culture, pages, assets });
    }

    private static IEnumerable<PublishedItem> Items(SiteRequest request)
    {
        if (request.Root is not { } root)
        {
            yield break;
        }

        yield return root;
        foreach (var section in root.Children(request.Culture).Where(c => Sections.Contains(c.ContentTypeAlias)))
        {
            yield return section;
            if (section.ContentTypeAlias == "route")
            {
                foreach (var stop in section.Children(request.Culture).Where(c => c.ContentTypeAlias == "routeStop"))
                {
                    yield return stop;
                    foreach (var experience in stop.Children(request.Culture).Where(c => c.ContentTypeAlias == "experience"))
                    {
                        yield return experience;
                    }
                }
            }
            else if (section.ContentTypeAlias is "stayList" or "eventList")
            {
                foreach (var child in section.Children(request.Culture).Where(c => c.ContentTypeAlias is "guesthouse" or "event"))
                {
                    yield return child;
                }
            }
        }

        foreach (var notice in ActiveNotices.InForce(request))
        {
            yield return notice;
        }
    }

    private static string Version(string culture, IReadOnlyList<PublishedItem> items, IReadOnlyList<string> assets)
    {
        var text = new StringBuilder(AssetsVersion).Append('|').Append(culture).AppendJoin('|', assets);
        foreach (var item in items)
        {
            text.Append('|').Append(item.Key.ToString("N")).Append(':').Append(item.UpdateDate.Ticks);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
