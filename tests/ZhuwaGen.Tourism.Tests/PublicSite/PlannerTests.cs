using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Web;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>
/// The trip planner at <c>/plan/</c>: a plan is made from its URL alone (so sharing the URL shares the plan), splits
/// the chosen stops over the days in route order, shows the events of each day and guesthouses for each night, and
/// answers bad input with the page and a message. The sites' clock stands at 1 September 2027, China time.
/// </summary>
public sealed partial class PlannerTests(PlannerTests.Sites sites) : IClassFixture<PlannerTests.Sites>
{
    public sealed class Sites : SeededSites
    {
        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton(new SiteClock(new FakeTimeProvider(new DateTimeOffset(2027, 9, 1, 2, 0, 0, TimeSpan.Zero))));
    }

    [Theory, BothProviders]
    public async Task Two_days_over_all_stops_are_three_stops_then_two_with_the_events_of_each_day(DatabaseProvider provider)
    {
        // The Xueni autumn picking festival runs 25–26 September 2027 (seed).
        var (status, html) = await sites.GetAsync(provider, "/en/plan/?from=2027-09-24&days=2");

        Assert.Equal(HttpStatusCode.OK, status);
        var days = Days(html);
        Assert.Equal(2, days.Count);
        Assert.Contains("Day 1 · 24 Sep 2027 Friday", days[0]);
        Assert.Equal(3, StopLinks(days[0]).Count);
        Assert.Equal(["Zhala Village and the Yimu Liangtian Cooperative", "Xiongjiu Livable Village"], StopLinks(days[1]));
        Assert.DoesNotContain("Xueni Autumn", days[0]);
        Assert.Contains("Xueni Autumn", days[1]);
        // A night after day 1 (guesthouses near Xituo Laka), none after the last day.
        Assert.Contains("Where to stay that night", days[0]);
        Assert.DoesNotContain("Where to stay that night", days[1]);
    }

    [Theory, BothProviders]
    public async Task Skipped_stops_still_count_the_road_through_them(DatabaseProvider provider)
    {
        var (_, form) = await sites.GetAsync(provider, "/en/plan/");
        var ids = StopIds(form);
        Assert.Equal(5, ids.Count);

        var (_, html) = await sites.GetAsync(provider, $"/en/plan/?from=2027-09-02&days=1&stops={ids[0]}.{ids[4]}");

        var day = Assert.Single(Days(html));
        Assert.Equal(["Sangjiu Red Station", "Xiongjiu Livable Village"], StopLinks(day));
        // 4.5 + 3.2 + 3.8 + 4.1 km and 12 + 10 + 12 + 12 min along the route (seed legs).
        Assert.Contains("15.6 km from the previous stop, about 46 min by road", day);
    }

    [Theory, BothProviders]
    public async Task The_share_link_reproduces_the_plan(DatabaseProvider provider)
    {
        var (_, form) = await sites.GetAsync(provider, "/plan/");
        var ids = StopIds(form);
        var (_, html) = await sites.GetAsync(provider, $"/plan/?from=2027-10-15&days=3&stops={ids[1]}&stops={ids[3]}&stops={ids[4]}");
        var share = WebUtility.HtmlDecode(ShareLink().Match(html).Groups[1].Value);

        var (status, shared) = await sites.GetAsync(provider, share);

        Assert.StartsWith("/plan/?from=2027-10-15&days=3&stops=", share, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Days(html), Days(shared));
        Assert.Equal(3, Days(shared).Count);
    }

    [Theory]
    [BothProvidersInlineData("from=2027-13-45", "could not be read")]
    [BothProvidersInlineData("from=2020-01-01", "already passed")]
    [BothProvidersInlineData("from=2099-01-01", "too far ahead")]
    [BothProvidersInlineData("from=2027-09-02&days=0", "between 1 and 7 days")]
    [BothProvidersInlineData("from=2027-09-02&days=99999999999", "between 1 and 7 days")]
    [BothProvidersInlineData("from=2027-09-02&stops=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "could not be found")]
    public async Task Bad_input_gets_the_page_with_what_to_fix(DatabaseProvider provider, string query, string message)
    {
        var (status, html) = await sites.GetAsync(provider, "/en/plan/?" + query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.False(SiteHttp.HasInlineScript(html));
    }

    [Theory, BothProviders]
    public async Task Thousands_of_stops_or_a_huge_date_never_fail_the_page(DatabaseProvider provider)
    {
        var many = string.Join('.', Enumerable.Range(0, 3000).Select(i => i.ToString("x8", System.Globalization.CultureInfo.InvariantCulture)));
        var (manyStatus, manyHtml) = await sites.GetAsync(provider, $"/en/plan/?from=2027-09-02&stops={many}");
        var (hugeStatus, hugeHtml) = await sites.GetAsync(provider, "/en/plan/?from=" + new string('9', 4000));

        Assert.Equal(HttpStatusCode.OK, manyStatus);
        Assert.Contains("Too many stops", manyHtml, StringComparison.Ordinal);
        Assert.Equal(5, Days(manyHtml).Sum(d => StopLinks(d).Count));
        Assert.Equal(HttpStatusCode.OK, hugeStatus);
        Assert.Contains("could not be read", hugeHtml, StringComparison.Ordinal);
    }

    private static List<string> Days(string html) => DaySection().Matches(html).Select(m => m.Value).ToList();

    private static List<string> StopLinks(string day) =>
        StopLink().Matches(day).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    private static List<string> StopIds(string form) => StopBox().Matches(form).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<section class=\"plan-day\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex DaySection();

    [GeneratedRegex("<li>\\s*<a href=\"[^\"]*\"[^>]*>([^<]*)</a>")]
    private static partial Regex StopLink();

    [GeneratedRegex("name=\"stops\" value=\"([0-9a-f]{8})\"")]
    private static partial Regex StopBox();

    [GeneratedRegex("<p class=\"plan-share\">[^<]*<a href=\"([^\"]*)\"")]
    private static partial Regex ShareLink();
}
