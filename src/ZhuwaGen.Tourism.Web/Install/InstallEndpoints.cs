using Microsoft.AspNetCore.Antiforgery;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Web.Site;

namespace ZhuwaGen.Tourism.Web.Install;

/// <summary>
/// The one-time install page: only the link printed to the log opens it, and only until an administrator exists. Its
/// URL carries the token, so its answers forbid the Referer header: no link or resource on it can leak the token.
/// </summary>
internal static class InstallEndpoints
{
    public static IEndpointRouteBuilder MapInstall(this IEndpointRouteBuilder routes)
    {
        var install = routes.MapGroup("/install").AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers["Referrer-Policy"] = "no-referrer";
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            return await next(context);
        });

        install.MapGet(string.Empty, (string? token, HttpContext context, FirstAdministrator installer, IAntiforgery antiforgery) =>
            installer.IsValid(token)
                ? Results.Content(Form(token!, antiforgery.GetAndStoreTokens(context), null), "text/html; charset=utf-8")
                : Results.NotFound());

        install.MapPost(string.Empty, async (
            HttpContext context, FirstAdministrator installer, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
        {
            // The form is read here, not bound: reading a form whose antiforgery check failed throws, and the handler
            // generated at build time does not look at the check first as the one built at run time did.
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                return Results.Content(
                    HtmlLayout.Page("en", "Form expired", "<h1>Form expired</h1><p>Open the install link from the log again.</p>"),
                    "text/html; charset=utf-8",
                    statusCode: 400);
            }

            if (!context.Request.HasFormContentType)
            {
                return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
            }

            var form = await context.Request.ReadFormAsync(cancellationToken);
            string? token = form["token"];
            var status = await installer.InstallAsync(
                token, form["name"].ToString(), form["email"].ToString(), form["password"].ToString(), cancellationToken);
            return status switch
            {
                null => Results.NotFound(),
                UserOperationStatus.Success => Results.Content(
                    HtmlLayout.Page("en", "Administrator created", "<h1>Administrator created</h1><p>You can now sign in to the back-office.</p>"),
                    "text/html; charset=utf-8"),
                _ => Results.Content(Form(token!, antiforgery.GetAndStoreTokens(context), Problem(status.Value)), "text/html; charset=utf-8", statusCode: 400),
            };
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).RequireRateLimiting(RateLimits.PublicPost);
        return routes;
    }

    private static string Problem(UserOperationStatus status) => status switch
    {
        UserOperationStatus.InvalidName => "Enter your name.",
        UserOperationStatus.InvalidEmail => "Enter a valid email address.",
        UserOperationStatus.InvalidPassword => $"Choose a password of at least {UserService.MinimumPasswordLength} characters.",
        _ => "The administrator could not be created.",
    };

    private static string Form(string token, AntiforgeryTokenSet tokens, string? error) => HtmlLayout.Page(
        "en",
        "Create the administrator",
        $"""
        <h1>Create the administrator</h1>
        {(error is null ? string.Empty : $"<p class=\"error\" role=\"alert\">{HtmlLayout.Encode(error)}</p>")}
        <form class="site-form" method="post" action="/install">
        <input type="hidden" name="{HtmlLayout.Encode(tokens.FormFieldName)}" value="{HtmlLayout.Encode(tokens.RequestToken)}">
        <input type="hidden" name="token" value="{HtmlLayout.Encode(token)}">
        <label>Name <input name="name" required maxlength="255" autocomplete="name"></label>
        <label>Email <input name="email" type="email" required maxlength="255" autocomplete="email"></label>
        <label>Password (at least {UserService.MinimumPasswordLength} characters) <input name="password" type="password" required minlength="{UserService.MinimumPasswordLength}" autocomplete="new-password"></label>
        <p><button class="button button-primary" type="submit">Create administrator</button></p>
        </form>
        """);
}
