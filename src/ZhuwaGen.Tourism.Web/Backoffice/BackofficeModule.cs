using Microsoft.AspNetCore.Authentication.Cookies;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Web.Backoffice.Assets;
using ZhuwaGen.Tourism.Web.Backoffice.Editing;
using ZhuwaGen.Tourism.Web.Backoffice.Lists;
using ZhuwaGen.Tourism.Web.Backoffice.Photos;
using ZhuwaGen.Tourism.Web.Backoffice.Pickers;

namespace ZhuwaGen.Tourism.Web.Backoffice;

/// <summary>
/// The back-office at /umbraco: server-rendered screens (MVC controllers with Razor views, found with the site's) that
/// call the content services in-process, behind the sign-in cookie. Call after AddSite (which adds MVC).
/// </summary>
internal static class BackofficeModule
{
    public static IServiceCollection AddBackoffice(this IServiceCollection services)
    {
        services.AddSingleton<BackofficeAssets>();
        services.AddScoped<ContentCards>();
        services.AddScoped<EditScreen>();
        services.AddScoped<Bookings.GuesthouseAccess>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, Bookings.BookingsForbidden>();
        services.AddScoped<StructuredFields>();
        services.AddScoped<PickerCandidates>();
        services.AddScoped<Review.ItemReviews>();
        services.AddScoped<Editing.AfterSave>();
        services.AddScoped<Review.ReviewCards>();
        services.AddScoped<Dashboards.MissingTranslations>();
        services.AddSingleton<Editing.CoordinatesMap>();
        services.AddSingleton<Editing.Recurrence.RecurrenceSummary>();
        services.AddSingleton<Admin.RequireTwoFactorForAdmins>();
        services.AddBackofficePhotos();
        Forms.FormsScreensModule.AddBackofficeForms(services);

        // A screen asked for without the cookie goes to /umbraco/login?returnUrl=… (the name the sign-in form uses).
        services.PostConfigure<CookieAuthenticationOptions>(BackOfficeSchemes.Cookie, o => o.ReturnUrlParameter = "returnUrl");
        return services;
    }

    public static IEndpointRouteBuilder MapBackoffice(this IEndpointRouteBuilder routes)
    {
        BackofficeAssets.Map(routes);
        return routes;
    }
}
