using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Web.Site;

/// <summary>
/// Culture in the URL: the default language at "/", every other language under its code ("/en/…", "/bo/…").
/// </summary>
internal static class SiteCulture
{
    public static (string Culture, string Route) Split(PublishedSnapshot snapshot, string? path)
    {
        var trimmed = (path ?? string.Empty).Trim('/');
        var first = trimmed.Split('/', 2)[0];
        var language = snapshot.Languages.FirstOrDefault(l => !l.IsDefault && string.Equals(l.IsoCode, first, StringComparison.OrdinalIgnoreCase));
        return language is null
            ? (snapshot.DefaultCulture, "/" + trimmed)
            : (language.IsoCode, "/" + (trimmed.Length > first.Length ? trimmed[(first.Length + 1)..] : string.Empty));
    }

    public static string Url(PublishedSnapshot snapshot, string culture, string route) =>
        string.Equals(culture, snapshot.DefaultCulture, StringComparison.OrdinalIgnoreCase)
            ? route
            : "/" + culture.ToLowerInvariant() + route;
}
