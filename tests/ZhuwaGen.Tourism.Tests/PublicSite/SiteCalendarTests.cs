using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Web;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>Each page with events has its iCalendar file (<c>…/calendar.ics</c>) that calendar apps can read.</summary>
public sealed class SiteCalendarTests(SeededSites sites) : IClassFixture<SeededSites>
{
    [Theory, BothProviders]
    public async Task An_event_downloads_as_icalendar_in_china_time(DatabaseProvider provider)
    {
        var (type, text) = await GetAsync(provider, "/en/events/xueni-autumn-picking-festival-2027/calendar.ics");

        Assert.Equal("text/calendar", type);
        var calendar = Ical.Net.Calendar.Load(text)!;
        var single = Assert.Single(calendar.Events);
        Assert.Equal("Xueni Autumn Picking Festival (Sample)", single.Summary);
        Assert.Equal("Asia/Shanghai", single.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 9, 25, 10, 0, 0), single.DtStart.Value);
        Assert.Equal(new DateTime(2027, 9, 25, 2, 0, 0, DateTimeKind.Utc), single.DtStart.AsUtc);
        Assert.Equal("Xueni Village Agritourism and Leisure Park", single.Location);
        Assert.EndsWith("/en/events/xueni-autumn-picking-festival-2027/", single.Url!.ToString());
        Assert.Contains("BEGIN:STANDARD", text);
    }

    [Theory]
    [BothProvidersInlineData("/calendar.ics", 3)]
    [BothProvidersInlineData("/events/calendar.ics", 3)]
    [BothProvidersInlineData("/en/sangjiu-baga/xueni-agritourism-park/calendar.ics", 1)]
    [BothProvidersInlineData("/sangjiu-baga/xiongjiu-livable-village/calendar.ics", 0)]
    public async Task Site_and_stop_calendars_hold_their_events(DatabaseProvider provider, string path, int count)
    {
        var (type, text) = await GetAsync(provider, path);

        Assert.Equal("text/calendar", type);
        Assert.Equal(count, Ical.Net.Calendar.Load(text)!.Events.Count);
    }

    [Theory, BothProviders]
    public async Task A_page_without_events_has_no_calendar(DatabaseProvider provider)
    {
        var (status, html) = await sites.GetAsync(provider, "/en/stories/calendar.ics");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<h1>Page not found</h1>", html);
    }

    private async Task<(string? Type, string Text)> GetAsync(DatabaseProvider provider, string path)
    {
        var site = await sites.GetAsync(provider);
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }
}
