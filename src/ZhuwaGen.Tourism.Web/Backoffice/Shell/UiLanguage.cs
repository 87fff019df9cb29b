namespace ZhuwaGen.Tourism.Web.Backoffice.Shell;

/// <summary>
/// The back-office's interface language (zh-Hans or en), chosen on the sign-in page and kept in a cookie so that it
/// is the same on the next sign-in. Content languages (zh-Hans, en, bo) are separate: they come from umbraco.config.
/// </summary>
internal static class UiLanguage
{
    public const string CookieName = "zg_bo_ui";
    public const string Chinese = "zh-Hans";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Chinese, English];

    /// <summary>The cookie's choice, else the browser's first preference (Chinese for any zh), else English.</summary>
    public static string Of(HttpContext context)
    {
        if (Known(context.Request.Cookies[CookieName]) is { } chosen)
        {
            return chosen;
        }

        var accept = context.Request.Headers.AcceptLanguage.ToString();
        return accept.TrimStart().StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;
    }

    public static string? Known(string? language) =>
        All.FirstOrDefault(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase));

    public static void Remember(HttpContext context, string language) =>
        context.Response.Cookies.Append(CookieName, language, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = "/umbraco",
            MaxAge = TimeSpan.FromDays(365),
        });
}
