using System.Text.Json.Nodes;
using ZhuwaGen.Tourism.Web.Site.Notices;
using ZhuwaGen.Tourism.Web.Site.Sharing;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Site.Layout;

/// <summary>A link with its text, and the text's language when it differs from the page's.</summary>
public sealed record SiteLink(string Text, string Url, string? Lang = null);

/// <summary>The same page in another language, for the language switcher and the hreflang alternates.</summary>
public sealed record LanguageLink(string Culture, string Name, string Url, bool Current);

/// <summary>
/// What the shared layout needs on every page: language, title, navigation, the language switcher that keeps the
/// page, breadcrumbs, the notices that affect the page, and the search box's current text.
/// </summary>
public sealed record SitePage
{
    public required SiteText Text { get; init; }

    /// <summary>The page's language (the culture in its URL).</summary>
    public required string Culture { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public required string SiteName { get; init; }

    public string? SiteNameLang { get; init; }

    public required string HomeUrl { get; init; }

    public IReadOnlyList<SiteLink> Navigation { get; init; } = [];

    public IReadOnlyList<LanguageLink> Languages { get; init; } = [];

    public IReadOnlyList<SiteLink> Breadcrumbs { get; init; } = [];

    public IReadOnlyList<NoticeView> Notices { get; init; } = [];

    public string? Query { get; init; }

    /// <summary>The language the page's content is shown in when it fell back from the page's language.</summary>
    public string? ContentLang { get; init; }

    public string? Phone { get; init; }

    /// <summary>The page's own URL in its language (its canonical address).</summary>
    public string? Url { get; init; }

    /// <summary>The OpenGraph kind and share image of an item's page; null on pages of no item (search, 404).</summary>
    public ShareTags? Share { get; init; }

    /// <summary>schema.org JSON-LD of an item's page, with site-relative URLs, when its type has one.</summary>
    public JsonObject? StructuredData { get; init; }
}

/// <summary>Every view model of the site carries the layout's page.</summary>
public interface ISiteView
{
    SitePage Page { get; }
}
