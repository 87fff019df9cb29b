using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using ZhuwaGen.Tourism.Web.Site.Caching;
using ZhuwaGen.Tourism.Web.Site.Forms;
using ZhuwaGen.Tourism.Web.Site.Sitemap;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Site;

/// <summary>The public site: Razor views per document type behind one catch-all route, output-cached.</summary>
internal static class SiteModule
{
    public static IServiceCollection AddSite(this IServiceCollection services)
    {
        // Views only: no runtime compilation (views are compiled with the project) and no API conventions.
        services.AddControllersWithViews();
        // Chinese and Tibetan stay readable in the HTML instead of becoming numeric character references (a third
        // of the bytes); markup characters are still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SiteClock>();
        services.Configure<OutputCacheOptions>(o => o.AddPolicy(SitePageCachePolicy.Name, new SitePageCachePolicy()));
        services.AddSingleton<SiteForms>();
        services.AddSingleton<Preview.DraftPreview>();
        services.AddSingleton<ReceivedLinks>();
        services.AddRateLimiter(o => o.AddPolicy<string, SiteFormPostLimit>(SiteFormPostLimit.Name));
        return services;
    }

    /// <summary>Maps the site's catch-all page last in precedence: every other endpoint and static file wins.</summary>
    public static IEndpointRouteBuilder MapSite(this IEndpointRouteBuilder routes)
    {
        routes.MapSitemap();
        routes.MapControllers();
        return routes;
    }
}
