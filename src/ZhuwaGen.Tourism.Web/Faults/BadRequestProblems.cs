using Microsoft.AspNetCore.Diagnostics;

namespace ZhuwaGen.Tourism.Web.Faults;

/// <summary>
/// A request the framework cannot read (a query value that is not a number, a malformed JSON body, a missing
/// antiforgery token) is a 400 problem whose detail names what was wrong — "Failed to bind parameter "int take" from
/// "abc"." — in every environment, instead of a bare 400. It is the client's fault, so it is not logged as an error.
/// </summary>
internal static class BadRequestProblems
{
    public static IServiceCollection AddBadRequestProblems(this IServiceCollection services)
    {
        // Off outside Development by default, which answers a bare 400 and says nothing of the cause.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<ExceptionHandlerOptions>(options =>
        {
            options.StatusCodeSelector = exception =>
                exception is BadHttpRequestException badRequest ? badRequest.StatusCode : StatusCodes.Status500InternalServerError;
            options.SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException;
        });
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.Exception is BadHttpRequestException badRequest)
            {
                context.ProblemDetails.Detail ??= badRequest.Message;
            }
        });
        return services;
    }
}
