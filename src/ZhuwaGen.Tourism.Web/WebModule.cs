using ZhuwaGen.Tourism.Cms.Delivery;
using ZhuwaGen.Tourism.Cms.Delivery.Querying;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Forms.Api;
using ZhuwaGen.Tourism.Forms.Api.Management;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Web.Backoffice;
using ZhuwaGen.Tourism.Web.Faults;
using ZhuwaGen.Tourism.Web.Install;
using ZhuwaGen.Tourism.Web.Security;
using ZhuwaGen.Tourism.Web.Seed;
using ZhuwaGen.Tourism.Web.Site;
using ZhuwaGen.Tourism.Web.Site.Caching;
using ZhuwaGen.Tourism.Web.Startup;

namespace ZhuwaGen.Tourism.Web;

/// <summary>The web host's registrations and endpoints, as an explicit list.</summary>
internal static class WebModule
{
    public static WebApplicationBuilder AddZhuwaGen(this WebApplicationBuilder builder, string applicationRoot)
    {
        var services = builder.Services;
        services.AddCms(builder.Configuration, applicationRoot);
        services.AddForms(builder.Configuration);
        services.AddMedia();
        services.AddDeliveryApi();
        services.AddOptions<UnattendedOptions>().BindConfiguration(UnattendedOptions.SectionName);
        services.AddScoped<ContentSeeder>();
        services.AddSingleton<Readiness>();
        services.AddSingleton<FirstAdministrator>();
        services.AddSingleton<SiteStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<SiteStartup>());
        services.AddHostedService<StartupMemoryTrim>();
        // The change log's consumers run in the order of ChangeConsumerOrder, whatever the order of these calls.
        services.AddDeliveryContentQuery();
        services.AddWebhooks();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage").AddCheck<ChangePipelineHealth>("changes");
        services.AddBadRequestProblems();
        services.AddStorageFaults();
        services.AddSecurityHeaders();
        services.AddAntiforgery();
        services.AddClientAddresses();
        services.AddPublicRateLimits();
        services.AddSingleton<TokenThrottle>();
        services.AddManagementApi();
        services.AddSite();
        services.AddBackoffice();
        services.LoadKeyRingAfterMigrations();
        return builder;
    }

    public static WebApplication MapZhuwaGen(this WebApplication app)
    {
        // First: every later step (rate limits, the token throttle, the cookie's Secure flag) sees the real client.
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseHeadAsGet();
        app.UseExceptionHandler();
        app.UseResponseCompression();
        app.UseWritesOutliveTheClient();
        app.UseStatusCodePages();
        app.UseStaticFiles(StaticFileCaching.Options);

        // Routing after static files: the site's catch-all page would otherwise match every path first, and the
        // static file middleware does not serve a request that already has an endpoint.
        app.UseRouting();

        // The server listens while the site is prepared; a request that comes early waits here for it.
        app.UseReadinessGate();

        // Straight after routing, before authentication: every policy stores only public answers (no Authorization
        // header, no preview, no Set-Cookie, a public Delivery API), so a hit needs nothing the later steps give, and
        // skips their cost (OpenIddict inspects every request that reaches authentication).
        app.UseOutputCache();
        app.UseMiddleware<TokenThrottle>();
        app.UseAuthentication();
        app.UseMiddleware<Backoffice.Admin.RequireTwoFactorForAdmins>();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapHealthChecks("/healthz").WithMetadata(ReadinessGate.HealthEndpoint.Instance);
        app.MapInstall();
        app.MapBackoffice();
        app.MapManagementApi();
        app.MapDeliveryApi();
        app.MapDeliveryContentQuery();
        app.MapMedia();
        app.MapWebhooks();
        app.MapFormsDeliveryApi();
        app.MapFormsManagementApi();
        app.MapSite();
        return app;
    }
}
