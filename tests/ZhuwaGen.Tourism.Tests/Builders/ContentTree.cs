using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Builders;

/// <summary>A site → route → stops tree of the real content model, created through the services (unpublished).</summary>
public sealed record ContentTree(DocumentView Site, DocumentView Route, IReadOnlyList<DocumentView> Stops)
{
    public static async Task<ContentTree> CreateAsync(CmsTestHost host, int stops = 2, string siteName = "Zhuwagen", string routeName = "Red Route")
    {
        var site = await host.CreateAsync(DocumentBuilder.Site(siteName, siteName + "镇"));
        var route = await host.CreateAsync(DocumentBuilder.Route(site.Key, routeName, routeName + "线"));
        var created = new List<DocumentView>();
        for (var order = 1; order <= stops; order++)
        {
            created.Add(await host.CreateAsync(DocumentBuilder.Stop(route.Key, order)));
        }

        return new ContentTree(site, route, created);
    }
}
