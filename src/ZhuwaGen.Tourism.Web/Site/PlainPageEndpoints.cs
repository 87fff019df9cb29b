using System.Text;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Rendering;

namespace ZhuwaGen.Tourism.Web.Site;

/// <summary>
/// Until the public site lands: every published route renders a plain server-side page with its name, text and
/// children, from the published snapshot, in the culture the URL names (falling back to zh-Hans).
/// </summary>
internal static class PlainPageEndpoints
{
    private static readonly string[] TextProperties = ["tagline", "summary", "intro", "body"];
    private static readonly string[] MarkdownProperties = ["intro", "body"];

    public static IEndpointRouteBuilder MapPlainPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/{**path}", (string? path, PublishedSnapshotService snapshots, MarkdownRenderer markdown) =>
        {
            var snapshot = snapshots.Current;
            var (culture, route) = SiteCulture.Split(snapshot, path);
            var document = snapshot.ByRoute(route, culture);
            if (document is null)
            {
                return Results.Content(
                    HtmlLayout.Page(culture, "404", "<h1>找不到页面 · Page not found</h1><p><a href=\"/\">竹瓦根镇 · Home</a></p>"),
                    "text/html; charset=utf-8",
                    statusCode: StatusCodes.Status404NotFound);
            }

            return Results.Content(Render(snapshot, document, culture, markdown), "text/html; charset=utf-8");
        });
        return routes;
    }

    private static string Render(PublishedSnapshot snapshot, PublishedDocument document, string culture, MarkdownRenderer markdown)
    {
        var shown = snapshot.ResolveCulture(document, culture) ?? snapshot.DefaultCulture;
        var name = document.Cultures[shown].Name;
        var head = new StringBuilder();
        var nav = new StringBuilder("<nav>");
        foreach (var language in snapshot.Languages)
        {
            if (snapshot.RouteOf(document.Key, language.IsoCode) is { } alternate)
            {
                var url = SiteCulture.Url(snapshot, language.IsoCode, alternate);
                head.Append($"<link rel=\"alternate\" hreflang=\"{HtmlLayout.Encode(language.IsoCode)}\" href=\"{HtmlLayout.Encode(url)}\">\n");
                nav.Append($"<a href=\"{HtmlLayout.Encode(url)}\" lang=\"{HtmlLayout.Encode(language.IsoCode)}\">{HtmlLayout.Encode(language.CultureName)}</a>");
            }
        }

        nav.Append("</nav>");
        var body = new StringBuilder(nav.ToString());
        body.Append("<h1>").Append(HtmlLayout.Encode(name)).Append("</h1>\n");
        foreach (var alias in TextProperties)
        {
            var text = document.Text(alias, shown);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            body.Append(MarkdownProperties.Contains(alias) ? markdown.ToHtml(text) : $"<p>{HtmlLayout.Encode(text)}</p>\n");
        }

        var children = snapshot.Children(document.Key);
        if (children.Count > 0)
        {
            body.Append("<ul>\n");
            foreach (var child in children)
            {
                if (snapshot.RouteOf(child.Key, culture) is not { } childRoute)
                {
                    continue;
                }

                body.Append("<li>").Append(Link(snapshot, child, culture, childRoute));
                if (child.ContentTypeAlias == "route")
                {
                    // The route's stops are the site's reason to exist: list them on the home page too.
                    var stops = snapshot.Children(child.Key)
                        .Select(stop => (stop, route: snapshot.RouteOf(stop.Key, culture)))
                        .Where(s => s.route is not null)
                        .Select(s => "<li>" + Link(snapshot, s.stop, culture, s.route!) + "</li>");
                    body.Append("<ol>").AppendJoin(string.Empty, stops).Append("</ol>");
                }

                body.Append("</li>\n");
            }

            body.Append("</ul>\n");
        }

        return HtmlLayout.Page(shown, name, body.ToString(), head.ToString());
    }

    private static string Link(PublishedSnapshot snapshot, PublishedDocument document, string culture, string route)
    {
        var name = document.Cultures[snapshot.ResolveCulture(document, culture) ?? snapshot.DefaultCulture].Name;
        return $"<a href=\"{HtmlLayout.Encode(SiteCulture.Url(snapshot, culture, route))}\">{HtmlLayout.Encode(name)}</a>";
    }
}
