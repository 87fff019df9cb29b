using Microsoft.AspNetCore.Html;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Stays;

/// <summary>The stays list (type <c>stayList</c>): every guesthouse with its lowest price.</summary>
public sealed record StayListModel(SitePage Page, string Heading, IHtmlContent? Intro, IReadOnlyList<StayCard> Stays) : ISiteView
{
    public static StayListModel Build(SiteRequest request, PublishedItem list)
    {
        var intro = list.Value<HtmlMarkup>("intro", request.Culture)?.Html;
        return new StayListModel(
            SitePageFactory.For(request, list),
            request.Name(list),
            string.IsNullOrWhiteSpace(intro) ? null : new HtmlString(intro),
            StayCard.All(request));
    }
}
