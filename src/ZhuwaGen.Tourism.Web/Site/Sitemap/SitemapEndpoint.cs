using System.Text;
using System.Xml;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Web.Site.Sitemap;

/// <summary>
/// <c>/sitemap.xml</c> (sitemaps.org): every published page in every language it has a URL in, each listing all its
/// language versions as <c>xhtml:link rel="alternate" hreflang</c>, as search engines ask for multilingual sites; and
/// <c>/robots.txt</c>, which points to it.
/// </summary>
internal static class SitemapEndpoint
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/sitemap.xml", (HttpContext http, PublishedContentReader reader) =>
            Results.Text(Write(reader.Current, $"{http.Request.Scheme}://{http.Request.Host}"), "application/xml; charset=utf-8"))
            .CacheOutput(Caching.SitePageCachePolicy.Name);

        // Written, not a static file: the Sitemap directive needs the absolute URL, and the host is the request's.
        routes.MapGet("/robots.txt", (HttpContext http) => Results.Text(Robots($"{http.Request.Scheme}://{http.Request.Host}"), "text/plain; charset=utf-8"));
        return routes;
    }

    public static string Robots(string origin) => $"""
        User-agent: *
        Allow: /
        Disallow: /umbraco/
        Disallow: /install

        Sitemap: {origin}/sitemap.xml

        """;

    public static string Write(PublishedSite site, string origin)
    {
        var snapshot = site.Snapshot;
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var document in Ordered(snapshot))
            {
                var versions = snapshot.Languages
                    .Select(l => (Culture: l.IsoCode, Route: snapshot.RouteOf(document.Key, l.IsoCode)))
                    .Where(v => v.Route is not null)
                    .Select(v => (v.Culture, Url: origin + SiteCulture.Url(snapshot, v.Culture, v.Route!)))
                    .ToList();
                foreach (var (_, url) in versions)
                {
                    xml.WriteStartElement("url", SitemapNamespace);
                    xml.WriteElementString("loc", SitemapNamespace, url);
                    xml.WriteElementString("lastmod", SitemapNamespace, document.UpdateDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    foreach (var (culture, alternate) in versions)
                    {
                        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                        xml.WriteAttributeString("rel", "alternate");
                        xml.WriteAttributeString("hreflang", culture);
                        xml.WriteAttributeString("href", alternate);
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    /// <summary>Tree order: each page before its children, siblings in their sort order.</summary>
    private static IEnumerable<PublishedDocument> Ordered(PublishedSnapshot snapshot)
    {
        var stack = new Stack<PublishedDocument>(snapshot.Roots.Reverse());
        while (stack.Count > 0)
        {
            var document = stack.Pop();
            yield return document;
            foreach (var child in snapshot.Children(document.Key).Reverse())
            {
                stack.Push(child);
            }
        }
    }
}
