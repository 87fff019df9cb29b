using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Stops;

namespace ZhuwaGen.Tourism.Web.Site.Pages;

/// <summary>An experience at a stop (type <c>experience</c>): duration, price, places per session, and its stop.</summary>
public sealed record ExperienceModel(SitePage Page, string Heading, ContentParts Content, ItemCard Facts, string? Capacity, ItemCard? Stop, bool IsSample)
    : ISiteView
{
    public static ExperienceModel Build(SiteRequest request, PublishedItem item)
    {
        var capacity = item.Value<long?>("capacityPerSession", request.Culture);
        var stop = item.Parent is { ContentTypeAlias: "routeStop" } parent ? ItemCard.Of(request, parent) : null;
        return new ExperienceModel(
            SitePageFactory.For(request, item),
            request.Name(item),
            ContentParts.Of(request, item),
            StopModel.Experience(request, item),
            capacity is { } c ? request.Text.Format("PerSession", c) : null,
            stop,
            item.Value<bool>("isSample", request.Culture));
    }
}
