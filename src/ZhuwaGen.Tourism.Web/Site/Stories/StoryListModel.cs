using Microsoft.AspNetCore.Html;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Stories;

/// <summary>The stories list (type <c>storyList</c>): newest first, with date and tags.</summary>
public sealed record StoryListModel(SitePage Page, string Heading, IHtmlContent? Intro, IReadOnlyList<ItemCard> Stories) : ISiteView
{
    public static StoryListModel Build(SiteRequest request, PublishedItem list)
    {
        var intro = list.Value<HtmlMarkup>("intro", request.Culture)?.Html;
        var stories = list.Children(request.Culture)
            .Where(c => c.ContentTypeAlias == "story")
            .OrderByDescending(s => s.Value<DateTimeOffset?>("publishDate", request.Culture) ?? DateTimeOffset.MinValue)
            .Select(s => ItemCard.Of(request, s, StoryModel.Dated(request, s), string.Join(" · ", StoryModel.TagsOf(request, s))))
            .ToList();
        return new StoryListModel(
            SitePageFactory.For(request, list), request.Name(list), string.IsNullOrWhiteSpace(intro) ? null : new HtmlString(intro), stories);
    }
}
