using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>The dashboards: missing translations with one tap to the field, and the audit trail overall and per item.</summary>
public sealed class DashboardTests
{
    [Theory, BothProviders]
    public async Task Missing_translations_lead_to_the_empty_field_and_disappear_once_filled(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var path = await BackofficeClients.XueniAsync(editor);
        var english = BackofficeForm.Read(await editor.GetStringAsync(path + "?culture=en"));
        using var emptied = await english.Set("v.openingHours", string.Empty).PostAsync(editor);

        var before = await editor.GetStringAsync("/umbraco/translations");
        using var filled = await BackofficeForm.Read(await editor.GetStringAsync(path + "?culture=en")).Set("v.openingHours", "Daily 9:00–18:00").PostAsync(editor);
        var after = await editor.GetStringAsync("/umbraco/translations");

        Assert.Contains("Missing translations", before);
        Assert.Contains($"href=\"{path}?culture=en#f-openingHours\"", before);
        Assert.Contains("Opening hours", before);
        Assert.Contains($"href=\"{path}?culture=bo#f-name\"", before);
        Assert.DoesNotContain($"href=\"{path}?culture=en#", after);
        Assert.Contains($"href=\"{path}?culture=bo#f-name\"", after);
    }

    [Fact]
    public async Task The_audit_trail_shows_who_did_what_overall_and_per_item()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var path = await BackofficeClients.XueniAsync(editor);
        using var published = await BackofficeForm.Read(await editor.GetStringAsync(path + "?culture=en")).Set("v.openingHours", "Audited hours").PostAsync(editor, "publish");

        var overall = await editor.GetStringAsync("/umbraco/audit");
        var item = await editor.GetStringAsync(path + "/audit");
        using var unknown = await editor.GetAsync($"/umbraco/content/{Guid.NewGuid()}/audit");

        Assert.Contains("Published<span class=\"culture-note\"> · English</span>", overall);
        Assert.Contains("@example.invalid", overall);
        Assert.Contains($"href=\"{path}\"", overall);
        Assert.Contains("Audit trail of", item);
        Assert.Contains("Saved draft", item);
        Assert.Contains("Published", item);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
