using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Web;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>GETs a page of a shared seeded site: its status and HTML.</summary>
public static class SiteHttp
{
    public static async Task<(HttpStatusCode Status, string Html)> GetAsync(this SeededSites sites, DatabaseProvider provider, string path)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
