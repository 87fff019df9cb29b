using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Errors;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Site.Forms;

/// <summary>Site pages written from outside a controller: the rate limiter's 429 answers before any action runs.</summary>
internal static class SiteFormPages
{
    public static async Task TooManyPostsAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var path = http.GetRouteValue("path") as string;
        var request = SitePageController.SiteRequestFor(
            http, services.GetRequiredService<PublishedContentReader>(), services.GetRequiredService<SiteClock>(),
            services.GetRequiredService<IOptions<MediaOptions>>().Value, path, out _);
        SiteForms.MarkPrivate(http.Response);
        http.Response.Headers.ContentLanguage = request.Culture;
        var result = new ViewResult
        {
            ViewName = SiteViews.ErrorView,
            StatusCode = StatusCodes.Status429TooManyRequests,
            ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = ErrorModel.TooManyPosts(request) },
        };
        await result.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
    }
}
