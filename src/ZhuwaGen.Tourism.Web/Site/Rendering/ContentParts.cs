using Microsoft.AspNetCore.Html;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.PublishedContent;

namespace ZhuwaGen.Tourism.Web.Site.Rendering;

/// <summary>An item in a list: its name and link, a short text, a few facts, and the language of its text.</summary>
public sealed record ItemCard(string Title, string? Url, string? Summary, string? Lang, IReadOnlyList<string> Facts)
{
    public static ItemCard Of(SiteRequest request, PublishedItem item, params string?[] facts) =>
        new(request.Name(item), request.Url(item), request.String(item, "summary"), request.LangOf(item),
            facts.OfType<string>().Where(f => f.Length > 0).ToList());
}

/// <summary>The shared content of most types (contentComposition): summary, Markdown body, photos.</summary>
public sealed record ContentParts(string? Summary, IHtmlContent? Body, IReadOnlyList<PhotoView> Photos)
{
    public static ContentParts Of(SiteRequest request, PublishedItem item, string bodyAlias = "body")
    {
        var body = item.Value<HtmlMarkup>(bodyAlias, request.Culture)?.Html;
        return new ContentParts(
            request.String(item, "summary"),
            string.IsNullOrWhiteSpace(body) ? null : new HtmlString(body),
            PhotoView.Of(request, item.Value<IReadOnlyList<MediaWithCrops>>("photos", request.Culture) ?? []));
    }
}
