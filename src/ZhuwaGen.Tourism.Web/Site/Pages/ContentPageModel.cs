using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Pages;

/// <summary>A plain content page (type <c>page</c>), and the fallback for a type without a view of its own.</summary>
public sealed record ContentPageModel(SitePage Page, string Heading, ContentParts Content, IReadOnlyList<ItemCard> Children) : ISiteView
{
    public static ContentPageModel Build(SiteRequest request, PublishedItem item) => new(
        SitePageFactory.For(request, item),
        request.Name(item),
        ContentParts.Of(request, item),
        item.Children(request.Culture).Select(c => ItemCard.Of(request, c)).ToList());
}
