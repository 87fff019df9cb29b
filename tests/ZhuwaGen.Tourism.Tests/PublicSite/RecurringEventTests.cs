using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ical.Net.DataTypes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Builders;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Web;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>
/// A repeating event on the site: the seed's Zhala farmers' market is every Saturday from 16 October to 27 November
/// 2027, not on 30 October. The month view, the event page, its calendar file, the planner and JSON-LD all follow the
/// rule. The sites' clock stands at 20 October 2027, 12:00 China time.
/// </summary>
public sealed partial class RecurringEventTests(RecurringEventTests.Sites sites) : IClassFixture<RecurringEventTests.Sites>
{
    private const string Market = "/en/events/zhala-farmers-market-2027/";

    public sealed class Sites : SeededSites
    {
        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton(new SiteClock(new FakeTimeProvider(new DateTimeOffset(2027, 10, 20, 4, 0, 0, TimeSpan.Zero))));
    }

    [Theory, BothProviders]
    public async Task The_month_view_marks_each_saturday_of_the_market_but_the_skipped_one(DatabaseProvider provider)
    {
        var (status, html) = await sites.GetAsync(provider, "/en/events/?month=2027-10");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h2 id=\"month\">Month by month: October 2027</h2>", html);
        Assert.Equal(["2027-10-16", "2027-10-23"], DaysWithEvents(html));
        Assert.Contains("Every Saturday until 27 Nov 2027", html);
        // The 20th, today, is marked; the month starts on a Friday, so four empty cells lead the first week.
        Assert.Contains("<td class=\"today\">20</td>", html);
        Assert.Equal(4, Regex.Matches(FirstWeek(html), "<td></td>").Count);
        Assert.Contains("href=\"/en/events/?month=2027-09#month\"", html);
        Assert.Contains("href=\"/en/events/?month=2027-11#month\"", html);
    }

    [Theory, BothProviders]
    public async Task A_month_boundary_and_a_two_day_event_are_both_shown_on_every_day(DatabaseProvider provider)
    {
        var (_, november) = await sites.GetAsync(provider, "/en/events/?month=2027-11");
        var (_, september) = await sites.GetAsync(provider, "/en/events/?month=2027-09");
        var (_, december) = await sites.GetAsync(provider, "/events/?month=2027-12");

        Assert.Equal(["2027-11-06", "2027-11-13", "2027-11-20", "2027-11-27"], DaysWithEvents(november));
        // The Xueni picking festival runs 25–26 September: both days list it.
        Assert.Equal(["2027-09-25", "2027-09-26"], DaysWithEvents(september));
        Assert.Empty(DaysWithEvents(december));
        Assert.Contains("本月没有活动。", december);
        Assert.Contains("2027年12月", december);
    }

    [Theory]
    [BothProvidersInlineData("2027-13")]
    [BothProvidersInlineData("<script>alert(1)</script>")]
    [BothProvidersInlineData("1850-01")]
    [BothProvidersInlineData("2027-1")]
    public async Task A_month_that_cannot_be_read_gives_this_month_and_says_why(DatabaseProvider provider, string month)
    {
        var (status, html) = await sites.GetAsync(provider, "/en/events/?month=" + Uri.EscapeDataString(month));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("is not a month we can show", html);
        Assert.Contains("October 2027", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.False(SiteHttp.HasInlineScript(html));
    }

    [Theory, BothProviders]
    public async Task The_event_page_tells_the_rule_the_next_times_and_the_skipped_date(DatabaseProvider provider)
    {
        var (_, html) = await sites.GetAsync(provider, Market);

        Assert.Contains("<dt>Repeats</dt><dd>Every Saturday until 27 Nov 2027</dd>", html);
        // On Wednesday 20 October the next time is Saturday the 23rd; the 30th is skipped.
        Assert.Contains("<time datetime=\"2027-10-23T10:00\">23 Oct 2027 10:00–16:00</time>", html);
        var next = Regex.Matches(html, "<li><time datetime=\"(2027-[0-9-]+)T10:00\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["2027-10-23", "2027-11-06", "2027-11-13", "2027-11-20", "2027-11-27"], next);
        Assert.Contains("<dt>Not on</dt><dd>30 Oct 2027</dd>", html);

        var (_, chinese) = await sites.GetAsync(provider, "/events/zhala-farmers-market-2027/");
        Assert.Contains("<dd>每星期六，至2027年11月27日</dd>", chinese);
    }

    [Theory, BothProviders]
    public async Task The_calendar_file_carries_the_rule_and_the_exception_so_calendar_apps_repeat_it(DatabaseProvider provider)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();
        var text = await client.GetStringAsync(Market + "calendar.ics");

        Assert.Contains("RRULE:FREQ=WEEKLY;", text);
        Assert.Contains("EXDATE;TZID=Asia/Shanghai:20271030T100000", text);
        var market = Assert.Single(Ical.Net.Calendar.Load(text)!.Events);
        Assert.Equal(new DateTime(2027, 10, 16, 10, 0, 0), market.DtStart!.Value);
        var times = market.GetOccurrences(new CalDateTime(2027, 10, 1, 0, 0, 0, "Asia/Shanghai"))
            .TakeWhile(o => o.Period.StartTime.Value < new DateTime(2028, 1, 1))
            .Select(o => o.Period.StartTime.Value.Day)
            .ToList();
        Assert.Equal([16, 23, 6, 13, 20, 27], times);
    }

    [Theory, BothProviders]
    public async Task The_planner_shows_the_market_on_a_saturday_it_is_held_and_not_on_the_skipped_one(DatabaseProvider provider)
    {
        var (_, held) = await sites.GetAsync(provider, "/en/plan/?from=2027-11-13&days=1");
        var (_, skipped) = await sites.GetAsync(provider, "/en/plan/?from=2027-10-30&days=1");

        Assert.Contains("Zhala Farmers", held);
        Assert.DoesNotContain("Zhala Farmers", skipped);
    }

    [Theory, BothProviders]
    public async Task Json_ld_gives_the_next_time_and_the_rule_as_a_schedule(DatabaseProvider provider)
    {
        var (_, html) = await sites.GetAsync(provider, Market);

        using var data = JsonDocument.Parse(JsonLd().Match(html).Groups[1].Value);
        var root = data.RootElement;
        Assert.Equal("2027-10-23T10:00:00+08:00", root.GetProperty("startDate").GetString());
        var schedule = root.GetProperty("eventSchedule");
        Assert.Equal("Schedule", schedule.GetProperty("@type").GetString());
        Assert.Equal("P1W", schedule.GetProperty("repeatFrequency").GetString());
        Assert.Equal("https://schema.org/Saturday", schedule.GetProperty("byDay")[0].GetString());
        Assert.Equal("2027-11-27", schedule.GetProperty("endDate").GetString());
        Assert.Equal("2027-10-30", schedule.GetProperty("exceptDate")[0].GetString());
    }

    [Theory, BothProviders]
    public async Task The_home_page_lists_the_market_at_its_next_saturday_and_not_the_events_that_are_over(DatabaseProvider provider)
    {
        var (status, html) = await sites.GetAsync(provider, "/en/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"href=\"{Market}\"", html);
        Assert.Contains("<time datetime=\"2027-10-23T10:00\"", html);
        Assert.DoesNotContain("Xueni Autumn Picking Festival", html);
        Assert.DoesNotContain("Red Heritage Study Day", html);
    }

    [Theory, BothProviders]
    public async Task A_stop_lists_the_events_held_there_that_are_not_over_and_only_those(DatabaseProvider provider)
    {
        var (_, zhala) = await sites.GetAsync(provider, "/en/sangjiu-baga/zhala-yimu-liangtian/");
        var (_, xueni) = await sites.GetAsync(provider, "/en/sangjiu-baga/xueni-agritourism-park/");

        var zhalaEvents = EventsSection(zhala);
        Assert.Contains($"href=\"{Market}\"", zhalaEvents);
        Assert.Contains("<time datetime=\"2027-10-23T10:00\"", zhalaEvents);
        // The picking festival at Xueni was in September: the stop has no events section left.
        Assert.Contains("class=\"navigate\"", xueni);
        Assert.DoesNotContain("id=\"events-heading\"", xueni);
    }

    [Theory, BothProviders]
    public async Task A_rule_or_a_date_the_schema_does_not_allow_is_refused_with_its_message(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var site = await host.CreateAsync(DocumentBuilder.Site());
        var events = await host.CreateAsync(new DocumentBuilder("eventList").Under(site.Key).Named("zh-Hans", "活动").Named("en", "Events"));
        DocumentBuilder Event(string? rule, string? dates) => new DocumentBuilder("event").Under(events.Key)
            .Named("zh-Hans", "市集").Named("en", "Market")
            .With("startDate", "2027-10-16T10:00:00").With("recurrence", rule).With("exceptionDates", dates);

        Assert.Equal(ContentEditingOperationStatus.Success, (await host.TryCreateAsync(Event("FREQ=MONTHLY;BYDAY=3SA;COUNT=6", "2027-11-20, 2027-12-18"))).Status);
        var hourly = await host.TryCreateAsync(Event("FREQ=HOURLY", null));
        var badDate = await host.TryCreateAsync(Event("FREQ=WEEKLY", "30 Oct"));

        Assert.Equal(ContentEditingOperationStatus.PropertyValidationError, hourly.Status);
        Assert.Contains(hourly.Errors!, e => e.Alias == "recurrence" && e.Message.Contains("FREQ=WEEKLY;BYDAY=SA", StringComparison.Ordinal));
        Assert.Contains(badDate.Errors!, e => e.Alias == "exceptionDates" && e.Message.Contains("YYYY-MM-DD", StringComparison.Ordinal));
    }

    private static string EventsSection(string html)
    {
        var start = html.IndexOf("id=\"events-heading\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has no events section");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static List<string> DaysWithEvents(string html) =>
        Regex.Matches(html, "<td class=\"has-events[^\"]*\"><a href=\"#d([0-9-]+)\"").Select(m => m.Groups[1].Value).ToList();

    private static string FirstWeek(string html)
    {
        var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..];
        return body[..body.IndexOf("</tr>", StringComparison.Ordinal)];
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
