namespace ZhuwaGen.Tourism.Web;

/// <summary>
/// Answers HEAD exactly as GET, without the body (RFC 9110 §9.3.2): endpoint routing matches a MapGet endpoint only
/// for GET, so without this a HEAD on a page answered 405 with none of the page's headers (its HTML
/// Content-Security-Policy, its caching, its content type). The endpoint runs as for GET and whatever it writes is
/// discarded; the method is put back afterwards, so the log shows the HEAD.
/// </summary>
internal static class HeadAsGet
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    });
}
