using Microsoft.AspNetCore.Http;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>
/// TEMPORARY, to be replaced at integration by the Delivery API's request context: the culture from Accept-Language
/// (the first tag, by quality, that names a site language or its primary subtag: zh-CN → zh-Hans, en-US → en; else
/// the default language), the Start-Item (a root's key or URL segment) and the Api-Key check for non-public access.
/// </summary>
internal static class TemporaryDeliveryRequest
{
    public static string Culture(HttpContext context, PublishedSnapshot snapshot)
    {
        var tags = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? string.Empty);
        foreach (var tag in tags)
        {
            var primary = tag.Split('-')[0];
            var language = snapshot.Languages.FirstOrDefault(l => string.Equals(l.IsoCode, tag, StringComparison.OrdinalIgnoreCase))
                ?? snapshot.Languages.FirstOrDefault(l => string.Equals(l.IsoCode.Split('-')[0], primary, StringComparison.OrdinalIgnoreCase));
            if (language is not null)
            {
                return language.IsoCode;
            }
        }

        return snapshot.DefaultCulture;
    }

    public static Guid? StartItem(HttpContext context, PublishedSnapshot snapshot)
    {
        var value = context.Request.Headers["Start-Item"].ToString().Trim().Trim('/');
        if (value.Length == 0)
        {
            return null;
        }

        var root = Guid.TryParse(value, out var key)
            ? snapshot.Roots.FirstOrDefault(r => r.Key == key)
            : snapshot.Roots.FirstOrDefault(r => r.Cultures.Values.Any(c => string.Equals(c.UrlSegment, value, StringComparison.OrdinalIgnoreCase)));
        return root?.Key;
    }

    public static bool IsAllowed(HttpContext context, DeliveryApiOptions options) =>
        options.PublicAccess || (options.ApiKey is { Length: > 0 } key && context.Request.Headers["Api-Key"] == key);

    /// <summary>A stand-in item (id, contentType, name, route path) until the Delivery API's item JSON is wired in.</summary>
    public static object RenderItem(HttpContext context, PublishedDocument document, string culture)
    {
        var snapshot = context.RequestServices.GetService(typeof(PublishedSnapshotService)) is PublishedSnapshotService service
            ? service.Current
            : PublishedSnapshot.Empty;
        var shown = snapshot.ResolveCulture(document, culture);
        return new
        {
            id = document.Key,
            contentType = document.ContentTypeAlias,
            name = shown is null ? null : document.Cultures[shown].Name,
            route = new { path = snapshot.RouteOf(document.Key, culture) },
        };
    }
}
