using Microsoft.AspNetCore.Http;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Forms.Api;

/// <summary>
/// The culture a request is answered in: the culture it names (body or query), else Accept-Language, matched to the
/// site's languages exactly or by language ("en-US" → "en", "zh-CN" → "zh-Hans"); else the default language.
/// </summary>
internal static class FormsCulture
{
    public static string Resolve(HttpContext context, PublishedSnapshot snapshot, string? named)
    {
        var isoCodes = snapshot.Languages.Select(l => l.IsoCode).ToList();
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(named))
        {
            candidates.Add(named.Trim());
        }

        candidates.AddRange(context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.ToString()));
        foreach (var candidate in candidates)
        {
            var exact = isoCodes.FirstOrDefault(c => string.Equals(c, candidate, StringComparison.OrdinalIgnoreCase));
            var language = candidate.Split('-')[0];
            var partial = exact ?? isoCodes.FirstOrDefault(c => string.Equals(c.Split('-')[0], language, StringComparison.OrdinalIgnoreCase));
            if (partial is not null)
            {
                return partial;
            }
        }

        return snapshot.DefaultCulture;
    }
}
