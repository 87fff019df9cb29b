using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Delivery.DeliveryHttp;

namespace ZhuwaGen.Tourism.Tests.Delivery;

/// <summary>Redirect URL tracking: an old route answers 301 with the new route and its start item (contract §1.1).</summary>
public sealed class RedirectTests
{
    [Theory, BothProviders]
    public async Task A_renamed_segment_redirects_its_old_route_in_that_culture_only(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider, DeliverySites.Settings());
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await site.RenameAndPublishAsync(Plan, "en", segment: "trip-planner");

        using var english = await GetAsync(client, "item/plan/", ("Accept-Language", "en"));
        using var chinese = await GetAsync(client, "item/plan/");

        Assert.Equal(HttpStatusCode.MovedPermanently, english.StatusCode);
        Assert.Equal("/trip-planner/", english.Headers.Location!.OriginalString);
        Assert.Equal("zhuwagen", Assert.Single(english.Headers.GetValues("Location-Start-Item-Path")));
        Assert.Equal(Site.ToString(), Assert.Single(english.Headers.GetValues("Location-Start-Item-Id")));
        Assert.Equal(HttpStatusCode.OK, chinese.StatusCode);
    }

    [Theory, BothProviders]
    public async Task A_moved_item_and_the_descendants_of_a_renamed_parent_redirect(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider, DeliverySites.Settings());
        await using var _ = database;
        await using var __ = site;
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await site.MoveAsync(OrchardPicking, Zhala);
        await site.RenameAndPublishAsync(Zhala, "zh-Hans", segment: "zhala");

        using var moved = await GetAsync(client, "item/sangjiu-baga/xueni-agritourism-park/orchard-picking/");
        using var parent = await GetAsync(client, "item/sangjiu-baga/zhala-yimu-liangtian/");
        using var child = await GetAsync(client, "item/sangjiu-baga/zhala-yimu-liangtian/orchard-picking/");
        var followed = await JsonAsync(client, moved.Headers.Location!.OriginalString.TrimStart('/').Insert(0, "item/"));

        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/sangjiu-baga/zhala/orchard-picking/", moved.Headers.Location!.OriginalString);
        Assert.Equal("/sangjiu-baga/zhala/", parent.Headers.Location!.OriginalString);
        Assert.Equal("/sangjiu-baga/zhala/orchard-picking/", child.Headers.Location!.OriginalString);
        Assert.Equal(OrchardPicking.ToString(), (string)followed["id"]!);
    }

    [Theory, BothProviders]
    public async Task A_rename_and_a_move_committed_just_before_a_crash_still_redirect_after_the_restart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var before = new SiteFactory(database, DeliverySites.Settings()))
        {
            before.Start();

            // The process dies right after the commits: nothing reads the change log any more.
            await before.Services.GetRequiredService<ChangePipeline>().StopAsync();
            await before.RenameAndPublishAsync(Plan, "en", segment: "trip-planner");
            await before.MoveAsync(OrchardPicking, Zhala);
        }

        await using var after = new SiteFactory(database, DeliverySites.Settings());
        using var client = after.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // The redirects consumer catches up from its checkpoint beside the start, not before the first request.
        await after.Services.GetRequiredService<ChangePipeline>().WaitForIdleAsync(CancellationToken.None);
        using var renamed = await GetAsync(client, "item/plan/", ("Accept-Language", "en"));
        using var moved = await GetAsync(client, "item/sangjiu-baga/xueni-agritourism-park/orchard-picking/");

        Assert.Equal(HttpStatusCode.MovedPermanently, renamed.StatusCode);
        Assert.Equal("/trip-planner/", renamed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/sangjiu-baga/zhala-yimu-liangtian/orchard-picking/", moved.Headers.Location!.OriginalString);
    }
}
