using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ZhuwaGen.Tourism.Cms.Management;

/// <summary>
/// An editor on a mountain signal presses Publish and loses the connection: the write must still happen, whole. For
/// Management API writes the request's cancellation token is replaced by one that never fires, so a client that
/// hangs up after sending stops nothing; reads still stop when their reader leaves.
/// </summary>
public static class WritesOutliveTheClient
{
    public static IApplicationBuilder UseWritesOutliveTheClient(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && context.Request.Path.StartsWithSegments(ManagementApiRoutes.Base, StringComparison.OrdinalIgnoreCase))
            {
                context.RequestAborted = CancellationToken.None;
            }

            return next(context);
        });
}
