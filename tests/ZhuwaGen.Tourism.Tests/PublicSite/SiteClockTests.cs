using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>
/// Notices show on the pages they affect only while in force, and events are "on now" while they run, by the
/// wall clock of China Standard Time (the seed's rainy-season notice runs 1 June to 30 September 2027).
/// </summary>
public sealed class SiteClockTests
{
    [Theory, BothProviders]
    public async Task A_notice_shows_on_its_stops_only_between_its_dates(DatabaseProvider provider)
    {
        var inForce = await PageAtAsync(provider, new DateTimeOffset(2027, 7, 1, 2, 0, 0, TimeSpan.Zero), "/en/sangjiu-baga/xueni-agritourism-park/");
        var expired = await PageAtAsync(provider, new DateTimeOffset(2027, 10, 1, 2, 0, 0, TimeSpan.Zero), "/en/sangjiu-baga/xueni-agritourism-park/");

        Assert.Contains("Rainy Season: Landslide Risk", inForce);
        Assert.Contains("notice-warning", inForce);
        Assert.DoesNotContain("Rainy Season: Landslide Risk", expired);
        Assert.Contains("A Frontier Area Pass Is Required for Chayu", expired);
    }

    [Theory, BothProviders]
    public async Task An_event_is_on_now_by_china_time(DatabaseProvider provider)
    {
        // 10:30 in Chayu on 16 October 2027 is 02:30 UTC: the Zhala farmers' market (10:00–16:00) is on.
        var html = await PageAtAsync(provider, new DateTimeOffset(2027, 10, 16, 2, 30, 0, TimeSpan.Zero), "/en/events/");

        var market = html.IndexOf("Zhala Farmers", StringComparison.Ordinal);
        var onNow = html.IndexOf("<p class=\"badge badge-onnow\">On now</p>", StringComparison.Ordinal);
        Assert.InRange(onNow, 0, market);
        Assert.Contains("<h2 id=\"past-heading\">Past events</h2>", html);
    }

    private static async Task<string> PageAtAsync(DatabaseProvider provider, DateTimeOffset now, string path)
    {
        var (site, database) = await SiteFactory.CreateAsync(
            provider, services: services => services.AddSingleton(new SiteClock(new FakeTimeProvider(now))));
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient();
        return await client.GetStringAsync(path);
    }
}
