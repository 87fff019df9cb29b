using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>The back-office service worker's script, and which screens it may keep on a phone.</summary>
public sealed class BackofficeServiceWorkerTests
{
    [Fact]
    public async Task The_service_worker_keeps_the_current_assets_and_only_screens_marked_as_keepable()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.InChineseAsync(site, UserRoles.Editor);
        var home = await editor.GetAsync("/umbraco");
        var stylesheet = System.Text.RegularExpressions.Regex.Match(await home.Content.ReadAsStringAsync(), "/umbraco/assets/backoffice\\.[0-9a-f]{12}\\.css").Value;

        using var worker = await editor.GetAsync("/umbraco/sw.js");
        var script = await worker.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, worker.StatusCode);
        Assert.Equal("text/javascript", worker.Content.Headers.ContentType!.MediaType);
        Assert.True(worker.Headers.CacheControl!.NoCache);
        Assert.Equal("/umbraco", Assert.Single(worker.Headers.GetValues("Service-Worker-Allowed")));
        Assert.Equal("default-src 'self'; frame-ancestors 'none'", Assert.Single(worker.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains($"\"{stylesheet}\"", script);
        Assert.DoesNotContain("__ASSETS__", script);
        Assert.DoesNotContain("__VERSION__", script);

        Assert.Equal("keep", Assert.Single(home.Headers.GetValues("Backoffice-Offline")));
        using var stops = await editor.GetAsync("/umbraco/stops");
        Assert.Equal("keep", Assert.Single(stops.Headers.GetValues("Backoffice-Offline")));
        using var account = await editor.GetAsync("/umbraco/account");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.False(account.Headers.Contains("Backoffice-Offline"));
        using var anonymous = ManagementClients.NewClient(site);
        using var signIn = await anonymous.GetAsync("/umbraco/login");
        Assert.False(signIn.Headers.Contains("Backoffice-Offline"));
    }
}
