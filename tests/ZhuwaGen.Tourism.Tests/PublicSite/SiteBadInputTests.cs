using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Web;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>Whatever a visitor sends, the site answers with a page and reflects nothing unescaped.</summary>
public sealed class SiteBadInputTests(SeededSites sites) : IClassFixture<SeededSites>
{
    [Theory, BothProviders]
    public async Task A_100_KB_search_gives_the_results_page_with_a_message(DatabaseProvider provider)
    {
        var query = string.Concat(Enumerable.Repeat("采摘 picking ", 100 * 1024 / 11));

        var (status, html) = await sites.GetAsync(provider, "/en/?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("The search was too long; only its first 100 characters were used.", html);
        Assert.True(html.Length < 60_000, $"the page reflects the whole query ({html.Length} characters)");
    }

    [Theory, BothProviders]
    public async Task Script_in_the_search_is_shown_as_text(DatabaseProvider provider)
    {
        var (status, html) = await sites.GetAsync(provider, "/en/?q=" + Uri.EscapeDataString("<script>alert('q')</script>\"><img src=x onerror=alert(1)>"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(SiteHttp.HasInlineScript(html), html);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [BothProvidersInlineData("/?q=")]
    [BothProvidersInlineData("/?q=%00%01%1F")]
    [BothProvidersInlineData("/?q=%E0%A4")]
    [BothProvidersInlineData("/?q=AND+OR+NOT+*+%3F+~+%5B")]
    [BothProvidersInlineData("/bo/?q=%E0%BD%96%E0%BD%BC%E0%BD%91")]
    [BothProvidersInlineData("/en/?q=a&q=b")]
    public async Task Odd_searches_give_a_page_not_an_error(DatabaseProvider provider, string path)
    {
        var (status, html) = await sites.GetAsync(provider, path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<form class=\"search\"", html);
    }

    [Theory]
    [BothProvidersInlineData("/%3Cscript%3Ealert(1)%3C%2Fscript%3E/")]
    [BothProvidersInlineData("/en/%E0%A4%A/")]
    [BothProvidersInlineData("/xx-YY/zz/")]
    [BothProvidersInlineData("/en//sangjiu-baga//")]
    [BothProvidersInlineData("/" + "a/" + "b/")]
    public async Task Odd_paths_give_a_page_and_reflect_no_markup(DatabaseProvider provider, string path)
    {
        var (status, html) = await sites.GetAsync(provider, path);

        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.NotFound, status.ToString());
        Assert.False(SiteHttp.HasInlineScript(html), html);
    }

    [Theory, BothProviders]
    public async Task Search_marks_the_matching_words(DatabaseProvider provider)
    {
        var (_, zh) = await sites.GetAsync(provider, "/?q=" + Uri.EscapeDataString("采摘"));
        var (_, en) = await sites.GetAsync(provider, "/en/?q=picking");

        Assert.Contains("<mark>采摘</mark>", zh);
        Assert.Contains("/sangjiu-baga/xueni-agritourism-park/", zh);
        Assert.Contains("<mark>picking</mark>", en, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("value=\"picking\"", en);
    }
}
