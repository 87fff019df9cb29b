using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace ZhuwaGen.Tourism.Cms.Languages;

/// <summary>
/// The one Accept-Language resolver, used by the Delivery API, the media Delivery API and the site: the site's
/// languages come from the schema, never from constants here. Tags are tried by quality (ties in header order); each
/// tag matches a language exactly, else through its parent cultures (en-US → en, zh-CN → zh-Hans), else by its
/// language subtag (zh-TW → zh-Hans, en-GB → en-US on a site that writes en-US). Nothing acceptable → the default.
/// </summary>
public static class AcceptLanguage
{
    public static string Resolve(string? header, IReadOnlyList<Language> languages, string defaultCulture)
    {
        if (string.IsNullOrWhiteSpace(header) || !StringWithQualityHeaderValue.TryParseList(header.Split(','), out var tags))
        {
            return defaultCulture;
        }

        // OrderByDescending is stable, so equal qualities keep the order the client wrote them in.
        foreach (var tag in tags.Where(t => (t.Quality ?? 1) > 0).OrderByDescending(t => t.Quality ?? 1))
        {
            if (Match(tag.Value.Value ?? string.Empty, languages) is { } language)
            {
                return language.IsoCode;
            }
        }

        return defaultCulture;
    }

    /// <summary>The site language a single language tag asks for, or null when it asks for none of them.</summary>
    public static Language? Match(string tag, IReadOnlyList<Language> languages)
    {
        var trimmed = tag.Trim();
        for (var candidate = trimmed; candidate.Length > 0; candidate = Parent(candidate))
        {
            if (Find(candidate, languages) is { } exact)
            {
                return exact;
            }
        }

        var primary = Primary(trimmed);
        return primary.Length == 0 || primary == "*"
            ? null
            : languages.FirstOrDefault(l => string.Equals(Primary(l.IsoCode), primary, StringComparison.OrdinalIgnoreCase));
    }

    private static Language? Find(string isoCode, IReadOnlyList<Language> languages) =>
        languages.FirstOrDefault(l => string.Equals(l.IsoCode, isoCode, StringComparison.OrdinalIgnoreCase));

    private static string Primary(string tag) => tag.Split('-', 2)[0];

    private static string Parent(string tag)
    {
        try
        {
            var parent = CultureInfo.GetCultureInfo(tag).Parent.Name;
            if (parent.Length > 0 && !string.Equals(parent, tag, StringComparison.OrdinalIgnoreCase))
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
