using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Persistence.Faults;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Site.Errors;

/// <summary>
/// A page that fails to build is answered with the error page in the URL's language (status 500), not the API's
/// problem JSON; storage faults are left to their own handler (503 with Retry-After).
/// </summary>
internal sealed class SiteErrorFilter(
    PublishedContentReader reader, SiteClock clock, IOptions<MediaOptions> media, IModelMetadataProvider metadata, ILogger<SiteErrorFilter> logger)
    : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (StorageFaultClassifier.Classify(context.Exception) != StorageFault.None)
        {
            return;
        }

        logger.LogError(context.Exception, "The site page {Path} failed", context.HttpContext.Request.Path);
        var path = context.RouteData.Values["path"] as string;
        var request = SitePageController.SiteRequestFor(context.HttpContext, reader, clock, media.Value, path, out _);
        context.Result = new ViewResult
        {
            ViewName = SiteViews.ErrorView,
            StatusCode = StatusCodes.Status500InternalServerError,
            ViewData = new ViewDataDictionary(metadata, context.ModelState) { Model = ErrorModel.Failed(request) },
        };
        context.ExceptionHandled = true;
    }
}
