using System.Net;
using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Web;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>GETs a page of a shared seeded site: its status and HTML.</summary>
public static partial class SiteHttp
{
    /// <summary>
    /// Whether the HTML has a script a browser would run: any <c>script</c> element but a JSON-LD data block, which
    /// is never executed (the HTML standard stops preparing a data block before any script policy applies).
    /// </summary>
    public static bool HasExecutableScript(string html) => ExecutableScript().IsMatch(html);

    [GeneratedRegex("<script(?![^>]*type=\"application/ld\\+json\")", RegexOptions.IgnoreCase)]
    private static partial Regex ExecutableScript();

    public static async Task<(HttpStatusCode Status, string Html)> GetAsync(this SeededSites sites, DatabaseProvider provider, string path)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
