using Microsoft.AspNetCore.Html;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Notices;

/// <summary>The notices list (type <c>noticeList</c>): every notice in force, in full.</summary>
public sealed record NoticeListModel(SitePage Page, string Heading, IHtmlContent? Intro, IReadOnlyList<NoticeView> Notices) : ISiteView
{
    public static NoticeListModel Build(SiteRequest request, PublishedItem list)
    {
        var intro = list.Value<HtmlMarkup>("intro", request.Culture)?.Html;
        var page = SitePageFactory.For(request, list);
        return new NoticeListModel(
            page with { Notices = [] },
            request.Name(list),
            string.IsNullOrWhiteSpace(intro) ? null : new HtmlString(intro),
            ActiveNotices.InForce(request).Select(n => ActiveNotices.View(request, n, withBody: true)).ToList());
    }
}
