using System.Net;
using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Web;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>GETs a page of a shared seeded site: its status and HTML.</summary>
public static partial class SiteHttp
{
    /// <summary>
    /// Whether the HTML has inline script a browser would run: a <c>script</c> element without <c>src</c>, but not a
    /// JSON-LD data block, which is never executed. (The pages load one script of the site's own, the offline pack's,
    /// and work without it.)
    /// </summary>
    public static bool HasInlineScript(string html) => InlineScript().IsMatch(html);

    [GeneratedRegex("<script(?![^>]*\\ssrc=)(?![^>]*type=\"application/ld\\+json\")", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    public static async Task<(HttpStatusCode Status, string Html)> GetAsync(this SeededSites sites, DatabaseProvider provider, string path)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
