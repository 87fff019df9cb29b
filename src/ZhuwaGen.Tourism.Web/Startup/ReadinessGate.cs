using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ZhuwaGen.Tourism.Web.Startup;

/// <summary>
/// The server listens while the site is still being prepared (<see cref="SiteStartup"/>), so a request that comes
/// early waits here, after routing, until the site is ready, then goes on as any other. The health endpoint (marked
/// <see cref="HealthEndpoint"/>) does not wait: the gate answers it 503 "Unhealthy" itself until the site is ready,
/// without running its checks, which would query a database still being migrated and log every poll of a balancer
/// as an error. When the preparation fails, the waiting requests get a 503 problem while the process stops.
/// </summary>
internal static class ReadinessGate
{
    public const string FailedTitle = "The site could not start";

    /// <summary>Endpoint metadata: the health endpoint, answered "Unhealthy" by the gate until the site is ready.</summary>
    public sealed class HealthEndpoint
    {
        public static HealthEndpoint Instance { get; } = new();
    }

    public static IApplicationBuilder UseReadinessGate(this IApplicationBuilder app)
    {
        var readiness = app.ApplicationServices.GetRequiredService<Readiness>();
        return app.Use(async (context, next) =>
        {
            if (!readiness.IsReady)
            {
                if (context.GetEndpoint()?.Metadata.GetMetadata<HealthEndpoint>() is not null)
                {
                    await WriteUnhealthyAsync(context);
                    return;
                }

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

    /// <summary>What ASP.NET Core's health endpoint answers when a check fails: 503, "Unhealthy", never cached.</summary>
    private static Task WriteUnhealthyAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "text/plain";
        context.Response.Headers.CacheControl = "no-store, no-cache";
        return context.Response.WriteAsync(nameof(HealthStatus.Unhealthy));
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
