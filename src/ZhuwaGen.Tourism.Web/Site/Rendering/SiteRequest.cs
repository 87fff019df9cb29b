using Microsoft.AspNetCore.Http;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Site.Rendering;

/// <summary>
/// One page request as the builders see it: the published site (one snapshot for the whole page), the culture from
/// the URL, its interface strings and the wall clock. Names, URLs and languages of items are read through it so every
/// link on a page stays in the page's culture.
/// </summary>
public sealed class SiteRequest(PublishedSite site, string culture, SiteText text, SiteClock clock, IReadOnlyList<int> imageWidths)
{
    public PublishedSite Site => site;

    public string Culture => culture;

    public SiteText Text => text;

    public SiteClock Clock => clock;

    /// <summary>The request's query string, for the pages that take input (the trip planner); empty by default.</summary>
    public IQueryCollection Query { get; init; } = QueryCollection.Empty;

    /// <summary>The widths the image endpoint serves without a signature (a photo's srcset ladder).</summary>
    public IReadOnlyList<int> ImageWidths => imageWidths;

    public string DefaultCulture => site.Snapshot.DefaultCulture;

    /// <summary>The site's root item (the home page), or null before anything is published.</summary>
    public PublishedItem? Root => site.Roots.FirstOrDefault();

    public string Name(PublishedItem item) => item.Name(culture) ?? string.Empty;

    /// <summary>The page URL of an item in this culture ("/en/sangjiu-baga/"), or null when it has none here.</summary>
    public string? Url(PublishedItem item) => item.Url(culture) is { } route ? SiteCulture.Url(site.Snapshot, culture, route) : null;

    public string HomeUrl => SiteCulture.Url(site.Snapshot, culture, "/");

    /// <summary>The culture an item's text is shown in when it is not the page's (a fallback), for a <c>lang</c> attribute.</summary>
    public string? LangOf(PublishedItem item) =>
        item.CultureShown(culture) is { } shown && !string.Equals(shown, culture, StringComparison.OrdinalIgnoreCase) ? shown : null;

    public string? String(PublishedItem item, string alias) => item.Value<string>(alias, culture) is { Length: > 0 } value ? value : null;

    /// <summary>The first child of the root of a type ("eventList", "stayList"), where that section lives.</summary>
    public PublishedItem? Section(string contentTypeAlias) =>
        Root?.Children(culture).FirstOrDefault(c => c.ContentTypeAlias == contentTypeAlias);
}
