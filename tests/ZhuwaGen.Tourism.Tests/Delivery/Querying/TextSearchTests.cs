using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Delivery;
using ZhuwaGen.Tourism.Cms.Delivery.Querying;
using ZhuwaGen.Tourism.Cms.PublishedContent.Querying;
using ZhuwaGen.Tourism.Cms.Search;
using static ZhuwaGen.Tourism.Tests.Delivery.Querying.QuerySite;

namespace ZhuwaGen.Tourism.Tests.Delivery.Querying;

/// <summary><c>filter=text:…</c>: full-text search per culture, Chinese segmented into words; relevance order.</summary>
public sealed class TextSearchTests : IDisposable
{
    private readonly QuerySite _site = new();

    [Fact]
    public async Task A_search_before_the_index_is_built_is_a_503_that_says_when_to_come_back()
    {
        // The index is built once the site listens; a search in the seconds before is refused, never built on the request.
        using var unbuilt = new SearchIndex(_site.Schemas);
        var engine = new ContentQueryEngine(new PublishedQueryEngine(_site.Schemas, unbuilt), Options.Create(new DeliveryApiOptions()));

        var result = engine.Execute(_site.Snapshot, new ContentQuery(null, ["text:采摘"], [], 0, 10), "zh-Hans", null);
        var withoutText = engine.Execute(_site.Snapshot, new ContentQuery("children:/sangjiu-baga/", [], [], 0, 10), "zh-Hans", null);

        Assert.Equal(ContentQueryStatus.SearchIndexNotReady, result.Status);
        Assert.Equal(ContentQueryStatus.Success, withoutText.Status);
        Assert.Equal(0, unbuilt.Rebuilds);
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();
        await ContentQueryProblems.ToProblem(result.Status).ExecuteAsync(http);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("2", http.Response.Headers.RetryAfter.ToString());
    }

    [Fact]
    public void Chinese_words_find_the_stop_whose_name_and_summary_hold_them()
    {
        Assert.Equal([Stops[1]], _site.Keys(filters: ["text:学尼村 采摘"]));
        Assert.Equal([Stops[1]], _site.Keys(filters: ["text:采摘"], sorts: ["name:asc"]).Where(Stops.Contains));
    }

    [Fact]
    public void English_is_stemmed_and_reads_the_english_text()
    {
        Assert.Equal([Stops[1], Stops[4]], _site.Keys(filters: ["text:picking"], sorts: ["sortOrder:asc"], culture: "en"));
        Assert.Equal([Stops[1], Stops[4]], _site.Keys(filters: ["text:picks"], sorts: ["sortOrder:asc"], culture: "en"));
        Assert.Equal([Stops[1]], _site.Keys(filters: ["text:orchard"], culture: "en"));
        Assert.Empty(_site.Keys(filters: ["text:orchard"]));
    }

    [Fact]
    public void Markdown_is_searched_as_plain_text_and_tags_are_searched()
    {
        Assert.Contains(Stops[2], _site.Keys(filters: ["text:简介"]));
        Assert.Equal([Stops[0], Stops[2]], _site.Keys(filters: ["text:study recreation"], sorts: ["sortOrder:asc"], culture: "en"));
    }

    [Fact]
    public void Tibetan_searches_the_fallback_chinese_text_character_by_character() =>
        Assert.Equal([Stops[1]], _site.Keys("children:/sangjiu-baga/", ["text:采摘"], culture: "bo"));

    [Fact]
    public void Every_word_must_match() =>
        Assert.Empty(_site.Keys(filters: ["text:采摘 合作社"]));

    [Fact]
    public void A_search_without_searchable_words_finds_nothing()
    {
        Assert.Empty(_site.Keys(filters: ["text:"], culture: "en"));
        Assert.Empty(_site.Keys(filters: ["text:the and of"], culture: "en"));
    }

    [Fact]
    // "village" is twice in Xiongjiu's English text (name and summary), once in the others'.
    public void Without_sort_the_most_relevant_come_first_and_a_sort_takes_over()
    {
        var relevant = _site.Keys(filters: ["text:village"], culture: "en");
        var byName = _site.Keys(filters: ["text:village"], sorts: ["name:desc"], culture: "en");

        Assert.Equal([Stops[3], Stops[1], Stops[2], Stops[4]], byName);
        Assert.Equal(byName.OrderBy(k => k), relevant.OrderBy(k => k));
        Assert.Equal(Stops[4], relevant[0]);
    }

    [Fact]
    public void Text_combines_with_other_filters() =>
        Assert.Equal([Stops[4]], _site.Keys(filters: ["text:picking", "isSample:true"], culture: "en"));

    public void Dispose() => _site.Dispose();
}
