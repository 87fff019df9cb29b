using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>Who reaches which back-office screen, antiforgery on its forms, and how its stylesheet is served.</summary>
public sealed class BackofficeAccessTests
{
    [Theory]
    [InlineData("/umbraco")]
    [InlineData("/umbraco/stops")]
    [InlineData("/umbraco/events/new")]
    [InlineData("/umbraco/photos")]
    [InlineData("/umbraco/account")]
    [InlineData("/umbraco/content/cc51cb14-f489-456c-a90f-d10b85333eee?culture=en")]
    public async Task Every_screen_sends_an_anonymous_visitor_to_sign_in_and_back(string path)
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var client = ManagementClients.NewClient(site);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/umbraco/login?returnUrl=" + Uri.EscapeDataString(path), response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_guesthouse_owner_lands_in_the_bookings_inbox_with_no_content_tabs_or_screens()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var owner = await BackofficeClients.AsAsync(site, UserRoles.GuesthouseOwner);

        using var home = await owner.GetAsync("/umbraco");
        var inbox = await owner.GetStringAsync("/umbraco/bookings");
        using var stops = await owner.GetAsync("/umbraco/stops");

        Assert.Equal("/umbraco/bookings", home.Headers.Location!.OriginalString);
        Assert.Contains("href=\"/umbraco/bookings\"", inbox);
        Assert.DoesNotContain("href=\"/umbraco/stops\"", inbox);
        Assert.Equal(HttpStatusCode.Redirect, stops.StatusCode);
    }

    [Fact]
    public async Task A_save_without_the_antiforgery_field_is_refused_and_changes_nothing()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var path = await BackofficeClients.XueniAsync(editor);
        var form = BackofficeForm.Read(await editor.GetStringAsync(path + "?culture=en"));
        editor.DefaultRequestHeaders.Remove("X-XSRF-TOKEN"); // a script's header is accepted too; a forged form has neither

        using var response = await form.Set("v.openingHours", "forged").Without("__RequestVerificationToken").PostAsync(editor);
        var after = await editor.GetStringAsync(path + "?culture=en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("forged", after);
    }

    [Fact]
    public async Task The_stylesheet_is_fingerprinted_compressed_and_cached_for_a_year()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var client = ManagementClients.NewClient(site);
        var login = await client.GetStringAsync("/umbraco/login");
        var href = System.Text.RegularExpressions.Regex.Match(login, "/umbraco/assets/backoffice\\.[0-9a-f]{12}\\.css").Value;

        using var request = new HttpRequestMessage(HttpMethod.Get, href);
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl.MaxAge);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/umbraco/assets/backoffice.000000000000.css")).StatusCode);
    }

    [Fact]
    public async Task The_interface_language_picked_at_sign_in_is_remembered()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var client = await BackofficeClients.InChineseAsync(site, UserRoles.Editor);
        var home = await client.GetStringAsync("/umbraco");

        Assert.Contains("<html lang=\"zh-Hans\">", home);
        Assert.Contains("最近修改", home);
        Assert.Contains(">景点</a>", home);
    }
}
