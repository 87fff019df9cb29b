using Microsoft.AspNetCore.Html;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Cms.PublishedContent.Querying;
using ZhuwaGen.Tourism.Cms.Search;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Search;

/// <summary>One search result: what kind of page, its link, and its title and summary with the terms marked.</summary>
public sealed record SearchResult(string Kind, string Url, IHtmlContent Title, IHtmlContent? Summary, string? Lang);

/// <summary>
/// Search results for <c>?q=</c> from the published content's search index (Chinese segmented, English stemmed),
/// best first. A query is cut to <see cref="MaxLength"/> characters; an empty one shows the box and a hint.
/// </summary>
public sealed record SearchModel(SitePage Page, string Query, IReadOnlyList<SearchResult> Results, long Total, string? Message) : ISiteView
{
    public const int MaxLength = 100;
    public const int MaxResults = 30;

    public static SearchModel Build(SiteRequest request, string rawQuery, string route)
    {
        var text = request.Text;
        var cleaned = new string(rawQuery.Where(c => !char.IsControl(c)).ToArray()).Trim();
        var tooLong = cleaned.Length > MaxLength;
        var query = tooLong ? cleaned[..MaxLength] : cleaned;
        var title = query.Length == 0 ? text["SearchTitle"] : text.Format("SearchResultsTitle", query);
        var page = SitePageFactory.ForPath(request, title, route, query);
        if (query.Length == 0)
        {
            return new SearchModel(page, query, [], 0, text["SearchEmpty"]);
        }

        PublishedPage found;
        try
        {
            found = request.Site.Query(PublishedQuery.Everything.Search(query).Page(0, MaxResults), request.Culture);
        }
        catch (SearchIndexNotReadyException)
        {
            // The index is built in the seconds after a restart, once the site listens; the page says so.
            return new SearchModel(page, query, [], 0, text["SearchStarting"]);
        }


        var terms = SearchAnalyzers.Terms(request.Culture, query)
            .Concat(query.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var results = found.Items
            .Where(i => request.Url(i) is not null)
            .Select(i => new SearchResult(
                text.Named("ResultType", i.ContentTypeAlias) is var kind && kind != i.ContentTypeAlias ? kind : string.Empty,
                request.Url(i)!,
                Highlighter.Mark(request.Name(i), terms),
                (request.String(i, "summary") ?? request.String(i, "metaDescription")) is { } summary ? Highlighter.Mark(summary, terms) : null,
                request.LangOf(i)))
            .ToList();
        var message = tooLong ? text.Format("SearchTooLong", MaxLength) : results.Count == 0 ? text["SearchNoResults"] : null;
        return new SearchModel(page, query, results, found.Total, message);
    }
}
