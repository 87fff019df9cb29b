using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
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
            [FromForm] string? token, [FromForm] string? name, [FromForm] string? email, [FromForm] string? password,
            HttpContext context, FirstAdministrator installer, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
        {
            var status = await installer.InstallAsync(token, name ?? string.Empty, email ?? string.Empty, password ?? string.Empty, cancellationToken);
            return status switch
            {
                null => Results.NotFound(),
                UserOperationStatus.Success => Results.Content(
                    HtmlLayout.Page("en", "Administrator created", "<h1>Administrator created</h1><p>You can now sign in to the back-office.</p>"),
                    "text/html; charset=utf-8"),
                _ => Results.Content(Form(token!, antiforgery.GetAndStoreTokens(context), Problem(status.Value)), "text/html; charset=utf-8", statusCode: 400),
            };
        }).RequireRateLimiting(RateLimits.PublicPost);
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
        <form method="post" action="/install">
        <input type="hidden" name="{HtmlLayout.Encode(tokens.FormFieldName)}" value="{HtmlLayout.Encode(tokens.RequestToken)}">
        <input type="hidden" name="token" value="{HtmlLayout.Encode(token)}">
        <label>Name <input name="name" required maxlength="255" autocomplete="name"></label>
        <label>Email <input name="email" type="email" required maxlength="255" autocomplete="email"></label>
        <label>Password (at least {UserService.MinimumPasswordLength} characters) <input name="password" type="password" required minlength="{UserService.MinimumPasswordLength}" autocomplete="new-password"></label>
        <p><button type="submit">Create administrator</button></p>
        </form>
        """);
}
