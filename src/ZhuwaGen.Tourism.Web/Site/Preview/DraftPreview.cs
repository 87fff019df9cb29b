using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Previews;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Errors;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Site.Preview;

/// <summary>
/// Renders an item's draft with the site's own views and models, as the visitor would see it once published: the
/// published site patched with this one draft (a copy; the live snapshot is untouched). The page says it is a
/// preview, is never cached or indexed, and shows no form (a preview takes no bookings).
/// </summary>
public sealed class DraftPreview(PublishedContentReader reader, SiteClock clock, IOptions<MediaOptions> media, TimeProvider time)
{
    /// <summary>The layout shows this ViewData entry as a banner above the page.</summary>
    public const string NoteKey = "zg:preview-note";

    public ViewResult Render(Controller controller, DocumentView document, string culture, string note)
    {
        var site = reader.Previewing(DraftDocument.From(document, time.GetUtcNow().UtcDateTime));
        var request = Request(site, culture, controller);
        NeverStore(controller.Response);
        controller.ViewData[NoteKey] = note;
        if (site.ByKey(document.Key) is not { } item)
        {
            controller.Response.StatusCode = StatusCodes.Status404NotFound;
            return controller.View(SiteViews.ErrorView, ErrorModel.NotFound(request));
        }

        var view = SiteViews.For(item.ContentTypeAlias);
        return controller.View(view.ViewPath, view.Build(request, item));
    }

    /// <summary>A preview link that no longer opens: a site page in its language saying why.</summary>
    public ViewResult Gone(Controller controller, string? culture, PreviewLinkStatus status)
    {
        var request = Request(reader.Current, culture, controller);
        NeverStore(controller.Response);
        var (code, heading, text) = status switch
        {
            PreviewLinkStatus.Expired => (StatusCodes.Status410Gone, "PreviewExpiredTitle", "PreviewExpiredText"),
            PreviewLinkStatus.Revoked => (StatusCodes.Status410Gone, "PreviewRevokedTitle", "PreviewRevokedText"),
            _ => (StatusCodes.Status404NotFound, "PreviewUnknownTitle", "PreviewUnknownText"),
        };
        controller.Response.StatusCode = code;
        return controller.View(SiteViews.ErrorView, ErrorModel.Of(request, code, heading, text));
    }

    private SiteRequest Request(PublishedSite site, string? culture, Controller controller)
    {
        var shown = site.Snapshot.Languages.FirstOrDefault(l => string.Equals(l.IsoCode, culture, StringComparison.OrdinalIgnoreCase))?.IsoCode
            ?? site.Snapshot.DefaultCulture;
        return new SiteRequest(site, shown, new SiteText(shown), clock, media.Value.EffectiveWidths) { Query = controller.Request.Query };
    }

    private static void NeverStore(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
