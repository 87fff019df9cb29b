using System.Net;
using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>
/// Preview: the draft rendered by the site's own views for signed-in editors, and shared read-only links for someone
/// without an account that stop working when revoked or expired.
/// </summary>
public sealed partial class PreviewTests
{
    private const string XueniPage = "/en/sangjiu-baga/xueni-agritourism-park/";

    [Theory, BothProviders]
    public async Task The_draft_is_previewed_with_the_site_views_while_the_site_keeps_the_published_version(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var writer = await BackofficeClients.AsAsync(site, UserRoles.Writer);
        using var visitor = ManagementClients.NewClient(site);
        var path = await BackofficeClients.XueniAsync(writer);
        using var saved = await BackofficeForm.Read(await writer.GetStringAsync(path + "?culture=en"))
            .Set("v.openingHours", "Draft hours only in the preview").PostAsync(writer);
        var edit = await writer.GetStringAsync(path + "?culture=en");

        using var preview = await writer.GetAsync(path + "/preview?culture=en");
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        var live = WebUtility.HtmlDecode(await visitor.GetStringAsync(XueniPage));
        using var anonymous = await visitor.GetAsync(path + "/preview?culture=en");

        Assert.Contains($"href=\"{path}/preview?culture=en\"", edit);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Draft hours only in the preview", html);
        Assert.Contains("class=\"preview-note\" role=\"status\">Preview: this is the draft", html);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", html);
        Assert.Equal("no-store", preview.Headers.CacheControl?.ToString());
        Assert.DoesNotContain("Draft hours only in the preview", live);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Theory, BothProviders]
    public async Task A_shared_link_opens_without_an_account_until_it_is_revoked(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        using var lead = ManagementClients.NewClient(site);
        var path = await BackofficeClients.XueniAsync(editor);
        using var saved = await BackofficeForm.Read(await editor.GetStringAsync(path + "?culture=en"))
            .Set("v.openingHours", "Hours for the township lead").PostAsync(editor);

        using var made = await BackofficeForm.Read(await editor.GetStringAsync(path + "?culture=en"), "share-link").PostAsync(editor, intent: null);
        var withLink = await editor.GetStringAsync(made.Headers.Location!.OriginalString);
        var link = new Uri(SharedLink().Match(withLink).Groups["u"].Value);
        using var opened = await lead.GetAsync(link.PathAndQuery);
        var openedHtml = WebUtility.HtmlDecode(await opened.Content.ReadAsStringAsync());
        var revokeForm = BackofficeForm.Read(withLink, RevokeForm().Match(withLink).Groups["id"].Value);
        using var revoked = await revokeForm.PostAsync(editor, intent: null);
        using var afterRevoke = await lead.GetAsync(link.PathAndQuery);
        using var tampered = await lead.GetAsync(link.PathAndQuery[..^4] + "AAAA");

        Assert.Contains("role=\"status\">Preview link made", withLink);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("Hours for the township lead", openedHtml);
        Assert.Contains("Preview shared by editor user", openedHtml);
        Assert.DoesNotContain("@example.invalid", openedHtml);
        Assert.DoesNotContain("<form method=\"post\"", openedHtml);
        Assert.Equal("no-store", opened.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, afterRevoke.StatusCode);
        Assert.Contains("This preview link was revoked", await afterRevoke.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.DoesNotContain(link.PathAndQuery, await editor.GetStringAsync(path + "?culture=en"));
    }

    [Fact]
    public async Task An_expired_link_says_so()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Cms:Preview:LinkLifetime"] = "00:00:01",
        });
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        using var lead = ManagementClients.NewClient(site);
        var path = await BackofficeClients.XueniAsync(editor);
        using var made = await BackofficeForm.Read(await editor.GetStringAsync(path + "?culture=zh-Hans"), "share-link").PostAsync(editor, intent: null);
        var link = new Uri(SharedLink().Match(await editor.GetStringAsync(made.Headers.Location!.OriginalString)).Groups["u"].Value);

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        using var expired = await lead.GetAsync(link.PathAndQuery);
        var html = await expired.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("预览链接已过期", html);
        Assert.Contains("<html lang=\"zh-Hans\">", html);
    }

    [GeneratedRegex("<input id=\"link-[0-9a-f]{32}\" type=\"url\" readonly value=\"(?<u>[^\"]+)\">")]
    private static partial Regex SharedLink();

    [GeneratedRegex("<form id=\"(?<id>revoke-[0-9a-f]{32})\"")]
    private static partial Regex RevokeForm();
}
