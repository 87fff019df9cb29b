using Microsoft.AspNetCore.Mvc;

namespace ZhuwaGen.Tourism.Web.Startup;

/// <summary>
/// The server listens while the site is still being prepared (<see cref="SiteStartup"/>), so a request that comes
/// early waits here, after routing, until the site is ready, then goes on as any other. Endpoints marked
/// <see cref="AnswersWhileStarting"/> (the health check, which says "starting") do not wait. When the preparation
/// fails, the waiting requests get a 503 problem while the process stops.
/// </summary>
internal static class ReadinessGate
{
    public const string FailedTitle = "The site could not start";

    /// <summary>Endpoint metadata: the endpoint answers before the site is ready.</summary>
    public sealed class AnswersWhileStarting
    {
        public static AnswersWhileStarting Instance { get; } = new();
    }

    public static IApplicationBuilder UseReadinessGate(this IApplicationBuilder app)
    {
        var readiness = app.ApplicationServices.GetRequiredService<Readiness>();
        return app.Use(async (context, next) =>
        {
            if (!readiness.IsReady && context.GetEndpoint()?.Metadata.GetMetadata<AnswersWhileStarting>() is null)
            {
                try
                {
                    await readiness.WhenReady.WaitAsync(context.RequestAborted);
                }
                catch (TaskCanceledException) when (readiness.WhenReady.IsCanceled)
                {
                    await WriteFailedAsync(context);
                    return;
                }
            }

            await next(context);
        });
    }

    private static async Task WriteFailedAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Type = "https://tools.ietf.org/html/rfc9110#section-15.6.4",
            Title = FailedTitle,
            Detail = "The server stopped while preparing the site; its log says what to fix.",
        };
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            await context.Response.WriteAsync($"{problem.Title}. {problem.Detail}");
        }
    }
}
