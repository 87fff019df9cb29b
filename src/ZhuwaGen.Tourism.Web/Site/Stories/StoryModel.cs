using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Site.Stories;

/// <summary>A story (type <c>story</c>): its Markdown body (sanitised by the Markdown editor's converter), date, author, tags.</summary>
public sealed record StoryModel(SitePage Page, string Heading, ContentParts Content, string? Published, string? Author, IReadOnlyList<string> Tags)
    : ISiteView
{
    public static StoryModel Build(SiteRequest request, PublishedItem item)
    {
        var author = request.String(item, "author");
        return new StoryModel(
            SitePageFactory.For(request, item),
            request.Name(item),
            ContentParts.Of(request, item),
            Dated(request, item),
            author is null ? null : request.Text.Format("ByAuthor", author),
            TagsOf(request, item));
    }

    public static string? Dated(SiteRequest request, PublishedItem story) =>
        story.Value<DateTimeOffset?>("publishDate", request.Culture) is { } date
            ? request.Text.Format("PublishedOn", request.Text.Date(SiteClock.WallClock(date)))
            : null;

    public static IReadOnlyList<string> TagsOf(SiteRequest request, PublishedItem story) =>
        (story.Value<IReadOnlyList<string>>("tags", request.Culture) ?? []).Select(t => request.Text.Named("Tag", t)).ToList();
}
