using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Errors;

/// <summary>The 404 and error pages, in the language of the URL the visitor asked for.</summary>
public sealed record ErrorModel(SitePage Page, int Status, string Heading, string Text) : ISiteView
{
    public static ErrorModel NotFound(SiteRequest request) =>
        new(SitePageFactory.ForPath(request, request.Text["NotFoundTitle"], "/"), 404, request.Text["NotFoundTitle"], request.Text["NotFoundText"]);

    /// <summary>A visitor who sent a form too often in a minute (429): wait, then send again.</summary>
    public static ErrorModel TooManyPosts(SiteRequest request) =>
        new(SitePageFactory.ForPath(request, request.Text["TooManyTitle"], "/"), 429, request.Text["TooManyTitle"], request.Text["TooManyText"]);

    /// <summary>A page of no item with its own heading and text (string keys), e.g. a preview link that has expired.</summary>
    public static ErrorModel Of(SiteRequest request, int status, string headingKey, string textKey) =>
        new(SitePageFactory.ForPath(request, request.Text[headingKey], "/"), status, request.Text[headingKey], request.Text[textKey]);

    public static ErrorModel Failed(SiteRequest request) =>
        new(SitePageFactory.ForPath(request, request.Text["ErrorTitle"], "/"), 500, request.Text["ErrorTitle"], request.Text["ErrorText"]);
}
