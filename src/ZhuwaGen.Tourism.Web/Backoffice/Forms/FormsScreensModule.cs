namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>The forms screens' services (the controllers and views are found with the rest of the back-office).</summary>
internal static class FormsScreensModule
{
    public static IServiceCollection AddBackofficeForms(this IServiceCollection services)
    {
        services.AddScoped<FormOverview>();
        services.AddScoped<FormScreen>();
        return services;
    }
}
