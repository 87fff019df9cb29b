using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Notices;

/// <summary>One notice (type <c>notice</c>): its text, validity and the stops it affects; shown whether or not in force.</summary>
public sealed record NoticeModel(SitePage Page, NoticeView Notice, IReadOnlyList<ItemCard> AffectedStops) : ISiteView
{
    public static NoticeModel Build(SiteRequest request, PublishedItem item)
    {
        var page = SitePageFactory.For(request, item);
        return new NoticeModel(
            page with { Notices = page.Notices.Where(n => n.Url != request.Url(item)).ToList() },
            ActiveNotices.View(request, item, withBody: true),
            (item.Value<IReadOnlyList<PublishedItem>>("affectedStops", request.Culture) ?? [])
                .Where(s => request.Url(s) is not null).Select(s => ItemCard.Of(request, s)).ToList());
    }
}
