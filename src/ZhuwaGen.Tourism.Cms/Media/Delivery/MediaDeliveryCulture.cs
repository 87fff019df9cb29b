using Microsoft.AspNetCore.Http;

namespace ZhuwaGen.Tourism.Cms.Media.Delivery;

/// <summary>
/// The culture of media properties from Accept-Language: zh* → zh-Hans, en* → en, bo* → bo, else zh-Hans. Kept small
/// and local on purpose; the Delivery API's shared resolver can replace it.
/// </summary>
public static class MediaDeliveryCulture
{
    public static string Resolve(HttpRequest request)
    {
        var languages = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? string.Empty);
        foreach (var language in languages)
        {
            if (Map(language) is { } culture)
            {
                return culture;
            }
        }

        return PublishedMediaExtensions.DefaultCulture;
    }

    private static string? Map(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-Hans"
        : language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en"
        : language.StartsWith("bo", StringComparison.OrdinalIgnoreCase) ? "bo"
        : null;
}
