using System.Globalization;
using Microsoft.Net.Http.Headers;
using ZhuwaGen.Tourism.Cms.Languages;

namespace ZhuwaGen.Tourism.Cms.Delivery.Request;

/// <summary>
/// Maps an Accept-Language header to one of the site's languages: the first acceptable tag (by quality) that matches
/// exactly, or through its parent cultures (en-US → en), with every Chinese tag (zh, zh-CN, zh-TW, zh-Hant…) going to
/// the site's Chinese (zh-Hans); nothing acceptable → the default language.
/// </summary>
public static class DeliveryCultures
{
    public static string Resolve(string? acceptLanguage, IReadOnlyList<Language> languages, string defaultCulture)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage)
            || !StringWithQualityHeaderValue.TryParseList(acceptLanguage.Split(','), out var tags))
        {
            return defaultCulture;
        }

        foreach (var tag in tags.Where(t => (t.Quality ?? 1) > 0).OrderByDescending(t => t.Quality ?? 1))
        {
            if (Match(tag.Value.Value ?? string.Empty, languages) is { } culture)
            {
                return culture;
            }
        }

        return defaultCulture;
    }

    private static string? Match(string tag, IReadOnlyList<Language> languages)
    {
        for (var candidate = tag.Trim(); candidate.Length > 0; candidate = Parent(candidate))
        {
            if (languages.FirstOrDefault(l => string.Equals(l.IsoCode, candidate, StringComparison.OrdinalIgnoreCase)) is { } exact)
            {
                return exact.IsoCode;
            }

            // The site writes one Chinese: simplified. A reader asking for any Chinese reads it.
            if (string.Equals(candidate, "zh", StringComparison.OrdinalIgnoreCase))
            {
                return languages.FirstOrDefault(l => l.IsoCode.StartsWith("zh", StringComparison.OrdinalIgnoreCase))?.IsoCode;
            }
        }

        return null;
    }

    private static string Parent(string tag)
    {
        try
        {
            var parent = CultureInfo.GetCultureInfo(tag).Parent.Name;
            if (parent.Length > 0 && parent.Length < tag.Length)
            {
                return parent;
            }
        }
        catch (CultureNotFoundException)
        {
            // Unknown to ICU: fall back to cutting the last subtag.
        }

        var dash = tag.LastIndexOf('-');
        return dash > 0 ? tag[..dash] : string.Empty;
    }
}
